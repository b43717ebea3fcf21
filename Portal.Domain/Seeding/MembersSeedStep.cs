using Microsoft.AspNetCore.Identity;
using Portal.Domain.Accounts;
using Portal.Domain.Garage;

namespace Portal.Domain.Seeding;

/// <summary>
/// The three demo accounts and ~200 owners with garages. Members are inserted directly (not through
/// UserManager) and share one password hash, so seeding stays well under the 10-second budget.
/// </summary>
internal sealed class MembersSeedStep(IPasswordHasher<PortalUser> passwordHasher) : IDemoSeedStep
{
    public const int OwnerCount = 200;
    private const string VinPrefix = "LAU"; // a fictional world manufacturer identifier in the Chinese (L) range, in Portal:Garage:BrandWmis
    private const string OtherMakerPrefix = "LBX"; // another (fictional) maker's, for the flagged cars in the verification queue

    /// <summary>Of the cars waiting for verification, one in this many has a VIN whose year code contradicts its year, and one a foreign maker code.</summary>
    private const int FlaggedEvery = 8;

    public int Order => 0;

    public Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var passwordHash = passwordHasher.HashPassword(new PortalUser(), DemoAccounts.Password);

        AddMember(context, passwordHash, DemoAccounts.OwnerEmail, "陈晓 Chen Xiao", "上海", "Vela owner since 2022. Ask me about winter range.", [Roles.Owner], joinedDaysAgo: 700);
        AddMember(context, passwordHash, DemoAccounts.EditorEmail, "Aurelia Editorial", "Shanghai", "The brand's community editors.", [Roles.Owner, Roles.Editor], joinedDaysAgo: 900);
        AddMember(context, passwordHash, DemoAccounts.OperatorEmail, "Community Ops", "Shanghai", "Keeps the lights on.", [Roles.Owner, Roles.Operator], joinedDaysAgo: 900);

        for (var i = 0; i < OwnerCount; i++)
        {
            var chinese = context.Random.NextDouble() < 0.8;
            var (name, email, city, bio) = chinese ? ChineseOwner(context.Random, i) : EnglishOwner(context.Random, i);
            AddMember(context, passwordHash, email, name, city, bio, [Roles.Owner], joinedDaysAgo: context.Random.Next(1, 1000));
        }

        AddGarages(context);
        return Task.CompletedTask;
    }

    private static (string Name, string Email, string City, string Bio) ChineseOwner(Random random, int index)
    {
        var surname = random.Next(DemoNames.ChineseSurnames.Length);
        var given = DemoNames.ChineseGivenNames[random.Next(DemoNames.ChineseGivenNames.Length)];
        return (DemoNames.ChineseSurnames[surname] + given,
            $"{DemoNames.PinyinSurnames[surname]}.{index:000}@owners.portal.test",
            DemoNames.ChineseCities[random.Next(DemoNames.ChineseCities.Length)],
            DemoNames.ChineseBios[random.Next(DemoNames.ChineseBios.Length)]);
    }

    private static (string Name, string Email, string City, string Bio) EnglishOwner(Random random, int index)
    {
        var first = DemoNames.EnglishFirstNames[random.Next(DemoNames.EnglishFirstNames.Length)];
        var last = DemoNames.EnglishLastNames[random.Next(DemoNames.EnglishLastNames.Length)];
        return ($"{first} {last}",
            $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}.{index:000}@owners.portal.test",
            DemoNames.EnglishCities[random.Next(DemoNames.EnglishCities.Length)],
            DemoNames.EnglishBios[random.Next(DemoNames.EnglishBios.Length)]);
    }

    private static void AddMember(DemoSeedContext context, string passwordHash, string email, string displayName, string city, string bio, string[] roles, int joinedDaysAgo)
    {
        var user = new PortalUser
        {
            Id = DeterministicId(context.Random),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = passwordHash,
            SecurityStamp = DeterministicId(context.Random),
            ConcurrencyStamp = DeterministicId(context.Random),
            LockoutEnabled = true,
            DisplayName = displayName,
            City = city,
            Bio = bio.Length == 0 ? null : bio,
            JoinedAt = context.Now.AddDays(-joinedDaysAgo).AddMinutes(-context.Random.Next(0, 1440)),
        };

        // Most demo members agreed to community messages when they joined; about one in sixteen (by id, so the seed's
        // random sequence is untouched) did not, so the reach estimate has opt-outs to leave out.
        user.MarketingConsentAt = user.Id[^1] == '0' && email != DemoAccounts.OwnerEmail ? null : user.JoinedAt;
        context.Db.Users.Add(user);
        foreach (var role in roles)
        {
            context.Db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = Roles.Ids[role] });
        }

        context.Members.Add(user);
    }

    private static void AddGarages(DemoSeedContext context)
    {
        var currentYear = context.Now.Year;
        var serial = 100000;
        var waiting = 0;
        foreach (var member in context.Members)
        {
            var demoOwner = member.Email == DemoAccounts.OwnerEmail;
            var cars = demoOwner ? 2 : context.Random.Next(0, 10) switch { 0 => 0, < 8 => 1, _ => 2 };
            for (var c = 0; c < cars; c++)
            {
                var model = demoOwner
                    ? ModelCatalog.Models[c == 0 ? 1 : 0]
                    : ModelCatalog.Models[context.Random.Next(ModelCatalog.Models.Count)];
                var lastYear = model.LastYear ?? currentYear;
                var year = context.Random.Next(model.FirstYear, lastYear + 1);

                // Within a month of joining, and never after the seeding clock (recent members add their car today at the latest).
                var addedAt = MinutesBetween(context.Random, member.JoinedAt, Earlier(member.JoinedAt.AddDays(30), context.Now));
                var hasVin = demoOwner ? c == 0 : context.Random.NextDouble() < 0.7;

                // Operators verify against the VIN, so only a car with one can be verified (as GarageService enforces).
                var verified = hasVin && (demoOwner || context.Random.NextDouble() < 0.6);

                // A few cars waiting in the verification queue are flagged (chosen by count, so the random sequence is untouched).
                var flag = hasVin && !verified ? ++waiting % FlaggedEvery : 0;
                context.Db.Vehicles.Add(new Vehicle
                {
                    OwnerId = member.Id,
                    ModelId = model.Id,
                    Year = year,
                    Vin = hasVin ? DemoVin(flag == 2 ? OtherMakerPrefix : VinPrefix, model, flag == 5 ? year - 3 : year, serial++) : null,
                    AddedAt = addedAt,
                    VerifiedAt = verified ? MinutesBetween(context.Random, addedAt, Earlier(addedAt.AddDays(7), context.Now)) : null,
                    VerifiedById = verified ? context.Members[2].Id : null,
                });
            }
        }
    }

    /// <summary>A whole number of minutes after <paramref name="from"/>, never later than <paramref name="to"/>.</summary>
    private static DateTimeOffset MinutesBetween(Random random, DateTimeOffset from, DateTimeOffset to) =>
        from.AddMinutes(random.Next(0, (int)(to - from).TotalMinutes + 1));

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>WMI + model descriptor + check digit + model-year code + plant + serial, with a valid check digit.</summary>
    private static string DemoVin(string wmi, VehicleModel model, int year, int serial) =>
        Vin.WithCheckDigit($"{wmi}{(char)('A' + model.Id)}{model.Id}EK00{Vin.YearCodeFor(year)}S{serial:000000}");

    private static string DeterministicId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
