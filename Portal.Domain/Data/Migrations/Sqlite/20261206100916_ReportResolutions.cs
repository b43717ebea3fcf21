using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportResolutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ResolutionId",
                table: "PostReports",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReportResolutions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    ResolvedById = table.Column<string>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 160, nullable: true),
                    SilenceDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportResolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportResolutions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReportResolutions_AspNetUsers_ResolvedById",
                        column: x => x.ResolvedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ReportResolutions_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PostReports_ResolutionId",
                table: "PostReports",
                column: "ResolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportResolutions_Action_ResolvedAt",
                table: "ReportResolutions",
                columns: new[] { "Action", "ResolvedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportResolutions_AuthorId_Action",
                table: "ReportResolutions",
                columns: new[] { "AuthorId", "Action" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportResolutions_PostId",
                table: "ReportResolutions",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportResolutions_ResolvedAt",
                table: "ReportResolutions",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ReportResolutions_ResolvedById",
                table: "ReportResolutions",
                column: "ResolvedById");

            migrationBuilder.AddForeignKey(
                name: "FK_PostReports_ReportResolutions_ResolutionId",
                table: "PostReports",
                column: "ResolutionId",
                principalTable: "ReportResolutions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            // Decisions taken before this table existed: one row per post and moment of resolution (no reason was kept).
            migrationBuilder.Sql("""
                INSERT INTO "ReportResolutions" ("PostId", "AuthorId", "ResolvedById", "ResolvedAt", "Action", "ReportCount")
                SELECT r."PostId", p."AuthorId", MAX(r."ResolvedById"), r."ResolvedAt",
                       CASE r."Status" WHEN 'PostHidden' THEN 'HidePost' WHEN 'MemberSilenced' THEN 'SilenceMember' ELSE 'Dismiss' END,
                       COUNT(*)
                FROM "PostReports" r JOIN "Posts" p ON p."Id" = r."PostId"
                WHERE r."Status" <> 'Open' AND r."ResolvedAt" IS NOT NULL
                GROUP BY r."PostId", p."AuthorId", r."ResolvedAt", r."Status";
                UPDATE "PostReports" SET "ResolutionId" = (
                    SELECT MIN(d."Id") FROM "ReportResolutions" d WHERE d."PostId" = "PostReports"."PostId" AND d."ResolvedAt" = "PostReports"."ResolvedAt")
                WHERE "Status" <> 'Open';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PostReports_ReportResolutions_ResolutionId",
                table: "PostReports");

            migrationBuilder.DropTable(
                name: "ReportResolutions");

            migrationBuilder.DropIndex(
                name: "IX_PostReports_ResolutionId",
                table: "PostReports");

            migrationBuilder.DropColumn(
                name: "ResolutionId",
                table: "PostReports");
        }
    }
}
