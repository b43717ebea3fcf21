using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Activity;
using Portal.Domain.Forums.Images;
using Portal.Domain.Jobs;
using Portal.Domain.Media;
using Portal.Domain.Seeding;

namespace Portal.Domain.Forums;

public static class ForumsServiceCollectionExtensions
{
    public static IServiceCollection AddForums(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ForumOptions>().Bind(configuration.GetSection(ForumOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PostingGuard>();
        services.AddSingleton<ForumActivity>();
        services.AddSingleton<ForumTyping>();
        services.AddScoped<ForumService>();
        services.AddScoped<ForumInteractions>();
        services.AddScoped<ForumModeration>();
        services.AddScoped<ForumReports>();
        services.AddScoped<ReportHistory>();
        services.AddScoped<ForumReportCounter>();
        services.AddScoped<ForumReader>();
        services.AddScoped<ForumSearch>();
        services.AddScoped<TrendingThreads>();
        services.AddScoped<MemberForumActivity>();
        services.AddScoped<MentionCandidates>();
        services.AddImageStore(PostPhotos.Profile);
        services.AddScoped<PostImageUploads>();
        services.AddScoped<PostImageGallery>();
        services.AddScoped<PostImageCleanup>();
        services.AddRecurringJob<PostImageCleanup>("Deleting abandoned post photos", _ => PostImageCleanup.Interval, (cleanup, ct) => cleanup.DeleteAbandonedAsync(ct));
        services.AddScoped<IDemoSeedStep, ForumsSeedStep>();
        services.AddScoped<IDemoSeedStep, ReportHistorySeedStep>();
        services.AddScoped<IDemoSeedStep, PostPhotosSeedStep>();
        services.AddScoped<IActivityHistory, ForumActivityHistory>();
        services.AddScoped<IActivityGroupRule, ThreadGroupRule>();
        return services;
    }
}
