using System.Runtime.Versioning;

// These tests run bash scripts and read /proc: Linux only, like the scripts they test.
[assembly: SupportedOSPlatform("linux")]
