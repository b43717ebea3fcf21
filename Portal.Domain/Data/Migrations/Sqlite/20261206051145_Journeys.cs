using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Journeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Journeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HoldoutShare = table.Column<double>(type: "REAL", nullable: false),
                    ReentryDays = table.Column<int>(type: "INTEGER", nullable: true),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Watermark = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Journeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MemberTags",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberTags", x => new { x.MemberId, x.Tag });
                    table.ForeignKey(
                        name: "FK_MemberTags_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JourneyTriggerMembers",
                columns: table => new
                {
                    JourneyId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyTriggerMembers", x => new { x.JourneyId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_JourneyTriggerMembers_Journeys_JourneyId",
                        column: x => x.JourneyId,
                        principalTable: "Journeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JourneyVersions",
                columns: table => new
                {
                    JourneyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FrozenAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyVersions", x => new { x.JourneyId, x.Version });
                    table.ForeignKey(
                        name: "FK_JourneyVersions_Journeys_JourneyId",
                        column: x => x.JourneyId,
                        principalTable: "Journeys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JourneyEnrollments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JourneyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    NextRunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryDay = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    GoalReachedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExitedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExitReason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ClaimToken = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyEnrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyEnrollments_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JourneyEnrollments_JourneyVersions_JourneyId_Version",
                        columns: x => new { x.JourneyId, x.Version },
                        principalTable: "JourneyVersions",
                        principalColumns: new[] { "JourneyId", "Version" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JourneyActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnrollmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    JourneyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JourneyActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JourneyActions_JourneyEnrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "JourneyEnrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyActions_EnrollmentId",
                table: "JourneyActions",
                column: "EnrollmentId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyActions_IdempotencyKey",
                table: "JourneyActions",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JourneyActions_JourneyId_Version_Step",
                table: "JourneyActions",
                columns: new[] { "JourneyId", "Version", "Step" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyEnrollments_ClaimToken",
                table: "JourneyEnrollments",
                column: "ClaimToken");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyEnrollments_JourneyId_MemberId",
                table: "JourneyEnrollments",
                columns: new[] { "JourneyId", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyEnrollments_JourneyId_Version_EntryDay",
                table: "JourneyEnrollments",
                columns: new[] { "JourneyId", "Version", "EntryDay" });

            migrationBuilder.CreateIndex(
                name: "IX_JourneyEnrollments_MemberId",
                table: "JourneyEnrollments",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_JourneyEnrollments_NextRunAt",
                table: "JourneyEnrollments",
                column: "NextRunAt");

            migrationBuilder.CreateIndex(
                name: "IX_Journeys_Status",
                table: "Journeys",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_MemberTags_Tag",
                table: "MemberTags",
                column: "Tag");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JourneyActions");

            migrationBuilder.DropTable(
                name: "JourneyTriggerMembers");

            migrationBuilder.DropTable(
                name: "MemberTags");

            migrationBuilder.DropTable(
                name: "JourneyEnrollments");

            migrationBuilder.DropTable(
                name: "JourneyVersions");

            migrationBuilder.DropTable(
                name: "Journeys");
        }
    }
}
