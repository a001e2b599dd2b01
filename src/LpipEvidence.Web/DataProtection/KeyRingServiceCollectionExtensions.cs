using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.DataProtection;

/// <summary>Data protection with a key ring that several instances of the site can share (<see cref="KeyRingOptions"/>).</summary>
public static class KeyRingServiceCollectionExtensions
{
    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeyRingOptions>()
            .BindConfiguration(KeyRingOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.KeyFolder) || Path.IsPathFullyQualified(o.KeyFolder),
                "DataProtection:KeyFolder (environment variable DataProtection__KeyFolder) must be an absolute path, the same on every instance.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.ApplicationName),
                "DataProtection:ApplicationName must not be empty: instances sharing keys need the same name.")
            .ValidateOnStart();

        builder.Services.AddDataProtection();
        // Read when first resolved, like the other options, so settings added late (tests, command line) are honoured.
        builder.Services.AddOptions<DataProtectionOptions>().Configure<IOptions<KeyRingOptions>>((protection, keys) =>
            protection.ApplicationDiscriminator = keys.Value.ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<KeyRingOptions>, ILoggerFactory>((management, keys, loggers) =>
        {
            if (string.IsNullOrWhiteSpace(keys.Value.KeyFolder)) return;
            // The keys are secrets: a folder made here is the service user's alone (an existing one keeps its permissions).
            var folder = OperatingSystem.IsWindows()
                ? Directory.CreateDirectory(keys.Value.KeyFolder)
                : Directory.CreateDirectory(keys.Value.KeyFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            management.XmlRepository = new FileSystemXmlRepository(folder, loggers);
        });
        return builder;
    }
}
