// Downloads a segment's member list (a streamed CSV) without holding the Blazor circuit: start() returns at once, reads
// the response as it arrives, reports rows and bytes to the component every quarter second, then saves the file.
export function start(url, fileName, component) {
  run(url, fileName, component);
}

async function run(url, fileName, component) {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok || !response.body) {
      await component.invokeMethodAsync('Failed', response.status);
      return;
    }

    const reader = response.body.getReader();
    const chunks = [];
    let bytes = 0;
    let lines = 0;
    let reported = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }

      chunks.push(value);
      bytes += value.length;
      for (let i = 0; i < value.length; i++) {
        if (value[i] === 10) {
          lines++;
        }
      }

      const now = performance.now();
      if (now - reported > 250) {
        reported = now;
        await component.invokeMethodAsync('Progress', Math.max(lines - 1, 0), bytes);
      }
    }

    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob(chunks, { type: 'text/csv;charset=utf-8' }));
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
    await component.invokeMethodAsync('Done', Math.max(lines - 1, 0), bytes);
  } catch {
    await component.invokeMethodAsync('Failed', 0);
  }
}
