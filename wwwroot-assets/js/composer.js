// The Markdown composer's browser side: edits at the cursor (toolbar, shortcuts, photos, mentions), the draft kept in
// localStorage (so it survives a reload or a lost circuit), photos pasted or dropped into the text, and the caret position
// the mention picker opens at. Every edit goes through setText(), which fires the textarea's input event so the Blazor
// component sees the new text exactly as if it had been typed.

const shortcuts = { b: 'bold', i: 'italic', k: 'link', e: 'code' };
const mentionBeforeCaret = /(?:^|[\s(（，。、,;；:：])@([^\s@()[\]]{1,30})$/u;

export function attach(root, component, draftKey) {
  return new Composer(root, component, draftKey);
}

class Composer {
  constructor(root, component, draftKey) {
    this.root = root;
    this.component = component;
    this.draftKey = draftKey ? `portal-draft:${draftKey}` : null;
    this.mentionOpen = false;
    this.busy = false;
    this.queued = [];
    this.saveTimer = 0;
    this.listeners = [];
    this.on(root, 'keydown', e => this.keydown(e), true);
    this.on(root, 'input', e => this.input(e));
    this.on(root, 'click', e => { if (e.target === this.textarea) { this.detectMention(); } });
    this.on(root, 'paste', e => this.paste(e));
    this.on(root, 'dragover', e => this.dragover(e));
    this.on(root, 'dragleave', () => root.classList.remove('portal-composer--drop'));
    this.on(root, 'drop', e => this.drop(e));
    this.on(window, 'pagehide', () => this.saveDraft());
    root.dataset.composer = 'ready';
  }

  get textarea() { return this.root.querySelector('textarea'); }

  get fileInput() { return this.root.querySelector('input[type=file]'); }

  on(target, type, handler, capture = false) {
    target.addEventListener(type, handler, capture);
    this.listeners.push(() => target.removeEventListener(type, handler, capture));
  }

  dispose() {
    this.saveDraft();
    delete this.root.dataset.composer;
    this.listeners.forEach(remove => remove());
  }

  // ---- text at the cursor ----

  setText(value, selectionStart, selectionEnd) {
    const area = this.textarea;
    if (!area) { return; }
    area.value = value;
    area.focus();
    area.setSelectionRange(selectionStart, selectionEnd ?? selectionStart);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }

  format(kind) {
    const area = this.textarea;
    if (!area || area.disabled) { return; }
    const { value, selectionStart: start, selectionEnd: end } = area;
    const selected = value.slice(start, end);
    const wrap = (before, after, placeholder) => {
      const text = selected || placeholder;
      this.setText(value.slice(0, start) + before + text + after + value.slice(end), start + before.length, start + before.length + text.length);
    };
    const prefixLines = prefix => {
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      const block = value.slice(lineStart, end);
      const changed = block.split('\n').map(line => prefix + line).join('\n');
      this.setText(value.slice(0, lineStart) + changed + value.slice(end), lineStart + prefix.length, lineStart + changed.length);
    };
    switch (kind) {
      case 'bold': wrap('**', '**', 'text'); break;
      case 'italic': wrap('_', '_', 'text'); break;
      case 'heading': prefixLines('### '); break;
      case 'quote': prefixLines('> '); break;
      case 'list': prefixLines('- '); break;
      case 'link': {
        const text = selected || 'text';
        const before = value.slice(0, start) + '[' + text + '](';
        this.setText(before + 'https://' + ')' + value.slice(end), before.length, before.length + 'https://'.length);
        break;
      }
      case 'image': {
        const text = selected || 'description';
        const before = value.slice(0, start) + '![' + text + '](';
        this.setText(before + 'https://' + ')' + value.slice(end), before.length, before.length + 'https://'.length);
        break;
      }
      case 'code':
        if (selected.includes('\n')) { wrap('```\n', '\n```', ''); } else { wrap('`', '`', 'code'); }
        break;
    }
  }

  // A block (a photo) goes on its own line at the cursor; the cursor ends after it.
  insertBlock(markdown) {
    const area = this.textarea;
    if (!area) { return; }
    const { value, selectionStart: start, selectionEnd: end } = area;
    const before = value.slice(0, start);
    const lead = before.length === 0 || before.endsWith('\n') ? '' : '\n';
    const inserted = lead + markdown + '\n';
    this.setText(before + inserted + value.slice(end), start + inserted.length);
  }

  // Takes an image out of the text: every ![…](url) of that address, with the line break after it.
  removeImage(url) {
    const area = this.textarea;
    if (!area) { return; }
    const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`!\\[[^\\]]*\\]\\(${escaped}\\)\\n?`, 'g');
    const value = area.value;
    const at = value.search(pattern);
    if (at < 0) { return; }
    this.setText(value.replace(pattern, ''), at);
  }

  // ---- mentions ----

  setMentionOpen(open) { this.mentionOpen = open; }

  replaceMention(markdown) {
    const area = this.textarea;
    if (!area) { return; }
    const { value, selectionStart: caret } = area;
    const match = mentionBeforeCaret.exec(value.slice(0, caret));
    const from = match ? caret - match[1].length - 1 : caret;
    const inserted = markdown + ' ';
    this.mentionOpen = false;
    this.setText(value.slice(0, from) + inserted + value.slice(caret), from + inserted.length);
  }

  detectMention() {
    const area = this.textarea;
    if (!area || area.selectionStart !== area.selectionEnd) {
      this.closeMention();
      return;
    }
    const match = mentionBeforeCaret.exec(area.value.slice(0, area.selectionStart));
    if (!match) {
      this.closeMention();
      return;
    }
    const { x, y } = this.caretPoint(area);
    this.component.invokeMethodAsync('MentionQuery', match[1], Math.round(x), Math.round(y));
  }

  closeMention() {
    if (this.mentionOpen) {
      this.mentionOpen = false;
      this.component.invokeMethodAsync('MentionClosed');
    }
  }

  // The caret's position below its line, relative to the composer: a hidden copy of the textarea up to the caret.
  caretPoint(area) {
    const style = getComputedStyle(area);
    const mirror = document.createElement('div');
    for (const property of ['boxSizing', 'width', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth',
      'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'letterSpacing', 'tabSize']) {
      mirror.style[property] = style[property];
    }
    Object.assign(mirror.style, { position: 'absolute', visibility: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word', top: '0', left: '-9999px' });
    mirror.textContent = area.value.slice(0, area.selectionStart);
    const marker = document.createElement('span');
    marker.textContent = '\u200b';
    mirror.appendChild(marker);
    document.body.appendChild(mirror);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
    const areaBox = area.getBoundingClientRect();
    const rootBox = this.root.getBoundingClientRect();
    const x = areaBox.left - rootBox.left + marker.offsetLeft - area.scrollLeft;
    const y = areaBox.top - rootBox.top + marker.offsetTop - area.scrollTop + lineHeight;
    mirror.remove();
    return { x: Math.min(Math.max(0, x), Math.max(0, rootBox.width - 280)), y };
  }

  // ---- keyboard ----

  keydown(e) {
    if (e.target !== this.textarea) { return; }
    if (this.mentionOpen && ['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape'].includes(e.key)) {
      e.preventDefault();
      e.stopPropagation();
      if (e.key === 'Escape') {
        this.closeMention();
      } else {
        this.component.invokeMethodAsync('MentionKey', e.key);
      }
      return;
    }
    const kind = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey ? shortcuts[e.key.toLowerCase()] : undefined;
    if (kind) {
      e.preventDefault();
      this.format(kind);
    }
  }

  input(e) {
    if (e.target !== this.textarea) { return; }
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveDraft(), 300);
    this.detectMention();
  }

  // ---- drafts ----

  loadDraft() {
    return this.draftKey ? localStorage.getItem(this.draftKey) : null;
  }

  saveDraft() {
    clearTimeout(this.saveTimer);
    const area = this.textarea;
    if (!this.draftKey || !area) { return; }
    if (area.value.trim().length === 0) {
      localStorage.removeItem(this.draftKey);
    } else {
      localStorage.setItem(this.draftKey, area.value);
    }
  }

  clearDraft() {
    clearTimeout(this.saveTimer);
    if (this.draftKey) { localStorage.removeItem(this.draftKey); }
  }

  // ---- photos: pasted or dropped files go to the composer's file input, one batch at a time ----

  paste(e) {
    const files = [...(e.clipboardData?.files ?? [])];
    if (files.length > 0) {
      e.preventDefault();
      this.send(files);
    }
  }

  dragover(e) {
    if ([...(e.dataTransfer?.types ?? [])].includes('Files')) {
      e.preventDefault();
      this.root.classList.add('portal-composer--drop');
    }
  }

  drop(e) {
    this.root.classList.remove('portal-composer--drop');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) {
      e.preventDefault();
      this.send(files);
    }
  }

  // Blazor's InputFile forgets the previous files when its input changes, so a batch waits until the last one is read.
  setBusy(busy) {
    this.busy = busy;
    if (!busy && this.queued.length > 0) {
      this.send(this.queued.splice(0));
    }
  }

  send(files) {
    const input = this.fileInput;
    if (!input || input.disabled) { return; }
    if (this.busy) {
      this.queued.push(...files);
      return;
    }
    const transfer = new DataTransfer();
    files.forEach(file => transfer.items.add(file));
    this.busy = true;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
