using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Engagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EngagementActiveDays",
                columns: table => new
                {
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 66, nullable: false),
                    IsMember = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementActiveDays", x => new { x.Day, x.Actor });
                });

            migrationBuilder.CreateTable(
                name: "EngagementDailyActives",
                columns: table => new
                {
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Dau = table.Column<int>(type: "INTEGER", nullable: false),
                    Wau = table.Column<int>(type: "INTEGER", nullable: false),
                    Mau = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberDau = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberWau = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberMau = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementDailyActives", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "EngagementEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    VisitorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Device = table.Column<byte>(type: "INTEGER", nullable: false),
                    Models = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AccountAgeDays = table.Column<int>(type: "INTEGER", nullable: true),
                    Stage = table.Column<byte>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EngagementLifecycleWeeks",
                columns: table => new
                {
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Stage = table.Column<byte>(type: "INTEGER", nullable: false),
                    Members = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementLifecycleWeeks", x => new { x.Week, x.Dimension, x.Value, x.Stage });
                });

            migrationBuilder.CreateTable(
                name: "EngagementMemberDays",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementMemberDays", x => new { x.MemberId, x.Day, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "EngagementMemberWeeks",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementMemberWeeks", x => new { x.MemberId, x.Week });
                });

            migrationBuilder.CreateTable(
                name: "EngagementProfiles",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    JoinWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastActiveAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Models = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Stage = table.Column<byte>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementProfiles", x => x.MemberId);
                });

            migrationBuilder.CreateTable(
                name: "EngagementRollups",
                columns: table => new
                {
                    Grain = table.Column<byte>(type: "INTEGER", nullable: false),
                    Period = table.Column<long>(type: "INTEGER", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementRollups", x => new { x.Grain, x.Metric, x.TargetType, x.Period, x.TargetId, x.Dimension, x.Value });
                });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementEvents_At",
                table: "EngagementEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementEvents_MemberId_At",
                table: "EngagementEvents",
                columns: new[] { "MemberId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementMemberDays_Day_Kind",
                table: "EngagementMemberDays",
                columns: new[] { "Day", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementMemberWeeks_Week",
                table: "EngagementMemberWeeks",
                column: "Week");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementProfiles_JoinWeek",
                table: "EngagementProfiles",
                column: "JoinWeek");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementProfiles_LastActiveAt",
                table: "EngagementProfiles",
                column: "LastActiveAt");

            migrationBuilder.CreateIndex(
                name: "IX_EngagementRollups_Grain_TargetType_TargetId_Period",
                table: "EngagementRollups",
                columns: new[] { "Grain", "TargetType", "TargetId", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementActiveDays");

            migrationBuilder.DropTable(
                name: "EngagementDailyActives");

            migrationBuilder.DropTable(
                name: "EngagementEvents");

            migrationBuilder.DropTable(
                name: "EngagementLifecycleWeeks");

            migrationBuilder.DropTable(
                name: "EngagementMemberDays");

            migrationBuilder.DropTable(
                name: "EngagementMemberWeeks");

            migrationBuilder.DropTable(
                name: "EngagementProfiles");

            migrationBuilder.DropTable(
                name: "EngagementRollups");
        }
    }
}
