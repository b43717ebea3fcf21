using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Portal.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Forums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SilencedUntil",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Boards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ModelId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DescriptionZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ThreadCount = table.Column<int>(type: "INTEGER", nullable: false),
                    PostCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastThreadId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Boards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Threads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BoardId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPosterId = table.Column<string>(type: "TEXT", nullable: false),
                    PostCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReactionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ViewCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPinned = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AcceptedPostId = table.Column<long>(type: "INTEGER", nullable: true),
                    OfficialPostId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Threads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Threads_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Threads_Boards_BoardId",
                        column: x => x.BoardId,
                        principalTable: "Boards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Posts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ThreadId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EditCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LikeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HelpfulCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Posts_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Posts_Threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "Threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThreadFollows",
                columns: table => new
                {
                    ThreadId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreadFollows", x => new { x.ThreadId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_ThreadFollows_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThreadFollows_Threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "Threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThreadReadStates",
                columns: table => new
                {
                    ThreadId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    LastReadNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreadReadStates", x => new { x.ThreadId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_ThreadReadStates_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThreadReadStates_Threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "Threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThreadTags",
                columns: table => new
                {
                    ThreadId = table.Column<long>(type: "INTEGER", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreadTags", x => new { x.ThreadId, x.Tag });
                    table.ForeignKey(
                        name: "FK_ThreadTags_Threads_ThreadId",
                        column: x => x.ThreadId,
                        principalTable: "Threads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostReactions",
                columns: table => new
                {
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostReactions", x => new { x.PostId, x.MemberId, x.Kind });
                    table.ForeignKey(
                        name: "FK_PostReactions_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PostReactions_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReporterId = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResolvedById = table.Column<string>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostReports_AspNetUsers_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PostReports_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PostRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PostId = table.Column<long>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    EditorId = table.Column<string>(type: "TEXT", nullable: false),
                    ReplacedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostRevisions_Posts_PostId",
                        column: x => x.PostId,
                        principalTable: "Posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Boards",
                columns: new[] { "Id", "Description", "DescriptionZh", "Kind", "LastActivityAt", "LastThreadId", "ModelId", "Name", "NameZh", "Position", "PostCount", "Slug", "ThreadCount" },
                values: new object[,]
                {
                    { 1, "For everyone who drives an Aurelia Nova: tips, questions, photos and meet-ups.", "Aurelia Nova 车主的家：用车技巧、问题求助、照片分享和线下聚会。", "ModelClub", null, null, 1, "Nova Club", "Nova 车主俱乐部", 0, 0, "nova-club", 0 },
                    { 2, "For everyone who drives an Aurelia Vela: tips, questions, photos and meet-ups.", "Aurelia Vela 车主的家：用车技巧、问题求助、照片分享和线下聚会。", "ModelClub", null, null, 2, "Vela Club", "Vela 车主俱乐部", 1, 0, "vela-club", 0 },
                    { 3, "For everyone who drives an Aurelia Terra: tips, questions, photos and meet-ups.", "Aurelia Terra 车主的家：用车技巧、问题求助、照片分享和线下聚会。", "ModelClub", null, null, 3, "Terra Club", "Terra 车主俱乐部", 2, 0, "terra-club", 0 },
                    { 4, "For everyone who drives an Aurelia Lyra: tips, questions, photos and meet-ups.", "Aurelia Lyra 车主的家：用车技巧、问题求助、照片分享和线下聚会。", "ModelClub", null, null, 4, "Lyra Club", "Lyra 车主俱乐部", 3, 0, "lyra-club", 0 },
                    { 5, "For everyone who drives an Aurelia Orion: tips, questions, photos and meet-ups.", "Aurelia Orion 车主的家：用车技巧、问题求助、照片分享和线下聚会。", "ModelClub", null, null, 5, "Orion Club", "Orion 车主俱乐部", 4, 0, "orion-club", 0 },
                    { 6, "For everyone who drives an Aurelia Atlas: tips, questions, photos and meet-ups.", "Aurelia Atlas 车主的家：用车技巧、问题求助、照片分享和线下聚会。", "ModelClub", null, null, 6, "Atlas Club", "Atlas 车主俱乐部", 5, 0, "atlas-club", 0 },
                    { 7, "For everyone who drives an Aurelia Mira: tips, questions, photos and meet-ups.", "Aurelia Mira 车主的家：用车技巧、问题求助、照片分享和线下聚会。", "ModelClub", null, null, 7, "Mira Club", "Mira 车主俱乐部", 6, 0, "mira-club", 0 },
                    { 8, "Home chargers, public networks, winter range and real-world consumption.", "家充桩、公共充电网络、冬季续航和真实能耗。", "Topic", null, null, null, "Charging & range", "充电与续航", 7, 0, "charging-range", 0 },
                    { 9, "Service intervals, tyres, repairs and your experience with service centres.", "保养周期、轮胎、维修，以及售后服务中心的体验。", "Topic", null, null, null, "Maintenance & service", "保养与售后", 8, 0, "maintenance-service", 0 },
                    { 10, "OTA updates, the app, phone key, navigation and driver assistance.", "OTA 升级、手机 App、数字钥匙、导航和辅助驾驶。", "Topic", null, null, null, "Software & connectivity", "软件与车联网", 9, 0, "software-connectivity", 0 },
                    { 11, "Routes, charging stops and stories from the road.", "路线推荐、沿途补能和旅途故事。", "Topic", null, null, null, "Road trips", "自驾游", 10, 0, "road-trips", 0 },
                    { 12, "Before and after our meet-ups, test drives and track days.", "车友聚会、试驾和赛道日的活动前后交流。", "Topic", null, null, null, "Events talk", "活动交流", 11, 0, "events-talk", 0 },
                    { 13, "Tell Aurelia what to improve. The product team reads every thread.", "告诉 Aurelia 哪里需要改进，产品团队会阅读每一个帖子。", "Topic", null, null, null, "Feedback to the brand", "品牌意见反馈", 12, 0, "feedback", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Boards_Position",
                table: "Boards",
                column: "Position");

            migrationBuilder.CreateIndex(
                name: "IX_Boards_Slug",
                table: "Boards",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_At",
                table: "Notifications",
                columns: new[] { "RecipientId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientId_ReadAt",
                table: "Notifications",
                columns: new[] { "RecipientId", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PostReactions_MemberId",
                table: "PostReactions",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PostReports_PostId_ReporterId_Status",
                table: "PostReports",
                columns: new[] { "PostId", "ReporterId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PostReports_ReporterId",
                table: "PostReports",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_PostReports_Status_At",
                table: "PostReports",
                columns: new[] { "Status", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PostRevisions_PostId_ReplacedAt",
                table: "PostRevisions",
                columns: new[] { "PostId", "ReplacedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_AuthorId_CreatedAt",
                table: "Posts",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Posts_ThreadId_Number",
                table: "Posts",
                columns: new[] { "ThreadId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThreadFollows_MemberId",
                table: "ThreadFollows",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ThreadReadStates_MemberId",
                table: "ThreadReadStates",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Threads_AuthorId",
                table: "Threads",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_Threads_BoardId_CreatedAt",
                table: "Threads",
                columns: new[] { "BoardId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Threads_BoardId_IsPinned_LastActivityAt",
                table: "Threads",
                columns: new[] { "BoardId", "IsPinned", "LastActivityAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Threads_BoardId_ReactionCount_CreatedAt",
                table: "Threads",
                columns: new[] { "BoardId", "ReactionCount", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Threads_BoardId_ReplyCount_CreatedAt",
                table: "Threads",
                columns: new[] { "BoardId", "ReplyCount", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Threads_LastActivityAt",
                table: "Threads",
                column: "LastActivityAt");

            migrationBuilder.CreateIndex(
                name: "IX_ThreadTags_Tag_ThreadId",
                table: "ThreadTags",
                columns: new[] { "Tag", "ThreadId" });

            // Full-text index of posts (rowid = post id). Chinese text is stored one character per token
            // (see ForumSearchText), so a phrase query finds words of any length without a segmenter.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE PostSearch USING fts5(Title, Body, tokenize = 'porter unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE PostSearch;");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PostReactions");

            migrationBuilder.DropTable(
                name: "PostReports");

            migrationBuilder.DropTable(
                name: "PostRevisions");

            migrationBuilder.DropTable(
                name: "ThreadFollows");

            migrationBuilder.DropTable(
                name: "ThreadReadStates");

            migrationBuilder.DropTable(
                name: "ThreadTags");

            migrationBuilder.DropTable(
                name: "Posts");

            migrationBuilder.DropTable(
                name: "Threads");

            migrationBuilder.DropTable(
                name: "Boards");

            migrationBuilder.DropColumn(
                name: "SilencedUntil",
                table: "AspNetUsers");
        }
    }
}
