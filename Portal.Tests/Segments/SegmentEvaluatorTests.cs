using Portal.Domain.Segments;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Segments;

/// <summary>The evaluator against a brute-force evaluation over random histories and random condition trees.</summary>
public sealed class SegmentEvaluatorTests
{
    [Theory]
    [InlineData(1301)]
    [InlineData(2602)]
    public async Task Evaluation_equals_a_brute_force_evaluation_for_random_trees_over_a_random_history(int seed)
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = new SegmentWorld(database, seed);
        await world.BuildAsync(members: 60, events: 3000);
        var facts = await world.LoadAsync();
        var evaluator = database.Get<SegmentEvaluator>();
        var trees = new RandomSegments(world, seed);
        var random = new Random(seed);
        var sizes = new HashSet<int>();

        for (var i = 0; i < 100; i++)
        {
            var definition = trees.Next();
            var expected = facts.Members(definition);
            var because = SegmentJson.Write(definition);

            Assert.True(expected.Count == await evaluator.CountAsync(definition, CancellationToken.None), because);
            Assert.True(expected.SequenceEqual(await evaluator.MemberIdsAsync(definition, CancellationToken.None)), because);
            var asked = world.Members.Where(_ => random.Next(2) == 0).Append("no-such-member").ToList();
            var filtered = await evaluator.FilterAsync(definition, asked, CancellationToken.None);
            Assert.True(filtered.SetEquals(asked.Intersect(expected)), because);
            sizes.Add(expected.Count);
        }

        // The trees are not all trivial: sizes spread between nobody and everyone.
        Assert.Contains(0, sizes);
        Assert.Contains(world.Members.Count, sizes);
        Assert.True(sizes.Count > 20, $"only {sizes.Count} different sizes");
    }
}
