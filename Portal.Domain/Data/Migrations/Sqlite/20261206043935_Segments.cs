using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Segments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EngagementMemberSectionDays",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementMemberSectionDays", x => new { x.MemberId, x.Day, x.Kind, x.Section });
                });

            migrationBuilder.CreateTable(
                name: "Segments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Segments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Segments_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SegmentSizes",
                columns: table => new
                {
                    SegmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Members = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SegmentSizes", x => new { x.SegmentId, x.Day });
                    table.ForeignKey(
                        name: "FK_SegmentSizes_Segments_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementMemberSectionDays_Kind_Section_Day",
                table: "EngagementMemberSectionDays",
                columns: new[] { "Kind", "Section", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_Segments_CreatedById",
                table: "Segments",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_Segments_Name",
                table: "Segments",
                column: "Name",
                unique: true);

            // Views still kept raw (the retention window) count per board and category from the start; older views only
            // ever counted per kind.
            migrationBuilder.Sql(
                """
                INSERT INTO "EngagementMemberSectionDays" ("MemberId", "Day", "Kind", "Section", "Count")
                SELECT e."MemberId", e."Day", e."Kind", CAST(t."BoardId" AS TEXT), COUNT(*)
                FROM "EngagementEvents" AS e JOIN "Threads" AS t ON e."TargetId" = CAST(t."Id" AS TEXT)
                WHERE e."Kind" = 'thread.viewed' AND e."TargetType" = 'thread' AND e."MemberId" IS NOT NULL
                GROUP BY e."MemberId", e."Day", e."Kind", t."BoardId"
                """);
            migrationBuilder.Sql(
                """
                INSERT INTO "EngagementMemberSectionDays" ("MemberId", "Day", "Kind", "Section", "Count")
                SELECT e."MemberId", e."Day", e."Kind", a."Category", COUNT(*)
                FROM "EngagementEvents" AS e JOIN "Articles" AS a ON e."TargetId" = CAST(a."Id" AS TEXT)
                WHERE e."Kind" = 'article.viewed' AND e."TargetType" = 'article' AND e."MemberId" IS NOT NULL
                GROUP BY e."MemberId", e."Day", e."Kind", a."Category"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementMemberSectionDays");

            migrationBuilder.DropTable(
                name: "SegmentSizes");

            migrationBuilder.DropTable(
                name: "Segments");
        }
    }
}
