using Portal.Domain.Journeys;

namespace Portal.Tests.Journeys;

/// <summary>The one validation of a journey: each problem on the field the editor shows it at.</summary>
public sealed class JourneyRulesTests
{
    [Fact]
    public void A_complete_journey_passes()
    {
        Assert.Empty(JourneyRules.Check(new JourneyInput { Name = "Welcome", Definition = Portal.Domain.Seeding.JourneysSeedStep.Definition() }));
    }

    [Fact]
    public void Each_problem_names_its_field()
    {
        var input = new JourneyInput
        {
            Name = " ",
            HoldoutPercent = 80,
            ReentryDays = 0,
            Definition = new JourneyDefinition
            {
                Goal = new JourneyGoal { Days = 0 },
                Steps =
                [
                    new JourneyStep { Kind = JourneyStepKind.Wait, WaitHours = 0 },
                    new JourneyStep { Kind = JourneyStepKind.Condition, Then = 0 },
                    new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.InApp, Text = "Hello", TextZh = "" },
                    new JourneyStep { Kind = JourneyStepKind.Action, Action = JourneyActionKind.AddTag, Tag = "Not a tag" },
                    new JourneyStep { Kind = JourneyStepKind.Condition, Else = 9 },
                ],
            },
        };

        var problems = JourneyRules.Check(input).ToDictionary(p => p.Field!, p => p.Code);

        Assert.Equal(JourneyProblems.NameRequired, problems["Name"]);
        Assert.Equal(JourneyProblems.HoldoutRange, problems["HoldoutPercent"]);
        Assert.Equal(JourneyProblems.ReentryRange, problems["ReentryDays"]);
        Assert.Equal(JourneyProblems.GoalDaysRange, problems["Goal"]);
        Assert.Equal(JourneyProblems.WaitRange, problems["Steps[0]"]);
        Assert.Equal(JourneyProblems.BranchTarget, problems["Steps[1]"]); // a branch back up could loop for ever
        Assert.Equal(JourneyProblems.TextRequired, problems["Steps[2]"]);
        Assert.Equal(JourneyProblems.TagInvalid, problems["Steps[3]"]);
        Assert.Equal(JourneyProblems.BranchTarget, problems["Steps[4]"]); // past the last step
    }

    [Fact]
    public void A_journey_needs_a_step()
    {
        Assert.Contains(JourneyRules.Check(new JourneyInput { Name = "Empty" }), p => p.Code == JourneyProblems.NoSteps && p.Field == "Steps");
    }
}
