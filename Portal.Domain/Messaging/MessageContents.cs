using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Messaging;

/// <summary>Stores each distinct message text once (<see cref="MessageContent"/>), found again by its hash.</summary>
internal static class MessageContents
{
    /// <summary>The content id for each message, in order; new texts are inserted (inside the caller's transaction).</summary>
    public static async Task<long[]> FindOrAddAsync(PortalDbContext db, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var hashes = messages.Select(Hash).ToArray();
        var distinct = hashes.Distinct(StringComparer.Ordinal).ToList();
        var ids = await db.MessageContents.AsNoTracking()
            .Where(c => distinct.Contains(c.Hash))
            .ToDictionaryAsync(c => c.Hash, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var added = new Dictionary<string, MessageContent>(StringComparer.Ordinal);
        for (var i = 0; i < messages.Count; i++)
        {
            if (!ids.ContainsKey(hashes[i]) && !added.ContainsKey(hashes[i]))
            {
                var message = messages[i];
                var content = new MessageContent
                {
                    Hash = hashes[i],
                    TitleEnglish = message.TitleEnglish,
                    TitleChinese = message.TitleChinese,
                    BodyEnglish = message.BodyEnglish,
                    BodyChinese = message.BodyChinese,
                    Link = message.Link,
                };
                added[hashes[i]] = content;
                db.MessageContents.Add(content);
            }
        }

        if (added.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (hash, content) in added)
            {
                ids[hash] = content.Id;
            }
        }

        return hashes.Select(h => ids[h]).ToArray();
    }

    private static string Hash(OutgoingMessage message)
    {
        var text = string.Join('\u001f', message.TitleEnglish, message.TitleChinese, message.BodyEnglish, message.BodyChinese, message.Link ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
