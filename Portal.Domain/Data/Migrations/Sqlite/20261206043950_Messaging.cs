using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Messaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MarketingConsentAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MessageContents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TitleEnglish = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleChinese = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BodyEnglish = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    BodyChinese = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageContents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MessageDeliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channels = table.Column<int>(type: "INTEGER", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClickedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageDeliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MessageDeliveries_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MessageDeliveries_MessageContents_ContentId",
                        column: x => x.ContentId,
                        principalTable: "MessageContents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MessageDeliveries_Notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MessageContents_Hash",
                table: "MessageContents",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MessageDeliveries_ContentId",
                table: "MessageDeliveries",
                column: "ContentId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageDeliveries_IdempotencyKey",
                table: "MessageDeliveries",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MessageDeliveries_MemberId_DueAt",
                table: "MessageDeliveries",
                columns: new[] { "MemberId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MessageDeliveries_NotificationId",
                table: "MessageDeliveries",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageDeliveries_SourceType_SourceId",
                table: "MessageDeliveries",
                columns: new[] { "SourceType", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_MessageDeliveries_Status_DueAt",
                table: "MessageDeliveries",
                columns: new[] { "Status", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MessageDeliveries");

            migrationBuilder.DropTable(
                name: "MessageContents");

            migrationBuilder.DropColumn(
                name: "MarketingConsentAt",
                table: "AspNetUsers");
        }
    }
}
