using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Segments;

/// <summary>Saved segments: list, read, create, update (with validation) and delete. Evaluating one is <see cref="SegmentEvaluator"/>'s.</summary>
public sealed class SegmentService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>Every saved segment, by name.</summary>
    public async Task<IReadOnlyList<Segment>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var segments = await db.Segments.AsNoTracking().ToListAsync(ct);
        return [.. segments.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<Segment?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Segments.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
    }

    public async Task<Result<Segment>> CreateAsync(SegmentInput input, string operatorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = clock.GetUtcNow();
        var segment = new Segment { Name = "", Definition = SegmentDefinition.Everyone, CreatedById = operatorId, CreatedAt = now };
        return await SaveAsync(segment, input, ct);
    }

    public async Task<Result<Segment>> UpdateAsync(int id, SegmentInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var segment = await GetAsync(id, ct);
        return segment is null ? new Problem(SegmentProblems.NotFound) : await SaveAsync(segment, input, ct);
    }

    public async Task<Result> DeleteAsync(int id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var deleted = await db.Segments.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
        return deleted == 0 ? Result.Fail(SegmentProblems.NotFound) : Result.Ok;
    }

    private async Task<Result<Segment>> SaveAsync(Segment segment, SegmentInput input, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var name = input.Name?.Trim() ?? "";
        var description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        var problems = new List<Problem>();
        if (name.Length == 0)
        {
            problems.Add(new Problem(SegmentProblems.NameRequired, nameof(SegmentInput.Name)));
        }
        else if (name.Length > Segment.NameMaxLength)
        {
            problems.Add(new Problem(CommonProblems.TooLong, nameof(SegmentInput.Name), Segment.NameMaxLength));
        }

        if (description?.Length > Segment.DescriptionMaxLength)
        {
            problems.Add(new Problem(CommonProblems.TooLong, nameof(SegmentInput.Description), Segment.DescriptionMaxLength));
        }

        if (input.Definition is null)
        {
            problems.Add(new Problem(SegmentProblems.BadValue, SegmentRules.Field));
        }
        else
        {
            problems.AddRange(SegmentRules.Validate(input.Definition, now.Year));
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (name.Length > 0 && await db.Segments.AnyAsync(s => s.Name == name && s.Id != segment.Id, ct))
        {
            problems.Add(new Problem(SegmentProblems.NameTaken, nameof(SegmentInput.Name)));
        }

        if (problems.Count > 0)
        {
            return Result.Fail([.. problems]).As<Segment>();
        }

        segment.Name = name;
        segment.Description = description;
        segment.Definition = input.Definition!;
        segment.UpdatedAt = now;
        if (segment.Id == 0)
        {
            db.Segments.Add(segment);
        }
        else
        {
            db.Segments.Update(segment);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another operator saved the same name between the check and the write (the unique index holds).
            return new Problem(SegmentProblems.NameTaken, nameof(SegmentInput.Name));
        }

        return Result.Success(segment);
    }
}
