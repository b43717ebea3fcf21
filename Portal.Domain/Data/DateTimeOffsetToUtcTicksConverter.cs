using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.Domain.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks so SQLite can index, compare and order it.</summary>
internal sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
