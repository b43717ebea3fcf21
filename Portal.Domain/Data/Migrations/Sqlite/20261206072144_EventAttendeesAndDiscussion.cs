using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventAttendeesAndDiscussion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HideName",
                table: "EventSignups",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ThreadId",
                table: "Events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_ThreadId",
                table: "Events",
                column: "ThreadId");

            migrationBuilder.AddForeignKey(
                name: "FK_Events_Threads_ThreadId",
                table: "Events",
                column: "ThreadId",
                principalTable: "Threads",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Events_Threads_ThreadId",
                table: "Events");

            migrationBuilder.DropIndex(
                name: "IX_Events_ThreadId",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "HideName",
                table: "EventSignups");

            migrationBuilder.DropColumn(
                name: "ThreadId",
                table: "Events");
        }
    }
}
