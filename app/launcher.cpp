// SPDX-License-Identifier: GPL-3.0-or-later
// crossings: chooses the program that runs argv and becomes it (execv). It links no Qt, so that
// choosing costs nothing a command can measure:
//   crossings-cli  data, import, audit, db, --help, --version (Qt Core and Sql: CliProgram);
//   crossings-gui  the window, export and verify (Qt's GUI libraries: Application).
// Both are installed in libexec/crossings (beside this program in a build tree). The choice is a
// first look at argv only: crossings-cli parses it properly and hands anything that draws on to
// crossings-gui, and crossings-gui runs every command, so a wrong guess costs time, not a result.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {
bool isOneOf(const char* s, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (std::strcmp(s, w) == 0)
            return true;
    }
    return false;
}

/// The command named in argv: its first argument that is neither an option nor the value of
/// one of the global options that take one (CommandLine::globalOptions: --database, --lang,
/// --present; "-name" is "--name", as CommandLine parses them). Empty: the window.
std::string commandIn(int argc, char* argv[], bool* wantsInfo)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--") == 0)
            return i + 1 < argc ? argv[i + 1] : "";
        if (a[0] != '-' || a[1] == '\0')
            return a;
        const char* name = a + (a[1] == '-' ? 2 : 1);
        if (isOneOf(name, {"h", "help", "v", "version"}))
            *wantsInfo = true;
        if (isOneOf(name, {"database", "lang", "present"}))
            ++i; // its value (not with "--name=value", which is one argument)
    }
    return {};
}

std::string folderOfThisProgram()
{
    char path[4096];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return ".";
    const std::string self(path, size_t(n));
    return self.substr(0, self.rfind('/'));
}
} // namespace

int main(int argc, char* argv[])
{
    bool wantsInfo = false;
    const std::string command = commandIn(argc, argv, &wantsInfo);
    const bool cli = isOneOf(command.c_str(), {"data", "import", "audit", "db"}) ||
                     (command.empty() && wantsInfo);
    const std::string program = cli ? "crossings-cli" : "crossings-gui";
    const std::string here = folderOfThisProgram();
    int error = 0;
    for (const std::string& folder : {here, here + "/" CROSSINGS_LIBEXEC_FROM_BINDIR}) {
        const std::string path = folder + "/" + program;
        if (::access(path.c_str(), X_OK) == 0) {
            ::execv(path.c_str(), argv); // returns only when it failed
            error = errno;
        }
    }
    // A broken installation, before any translation can be loaded: said in English.
    std::fprintf(stderr, "crossings: cannot start %s (%s): reinstall Crossings\n", program.c_str(),
                 error ? std::strerror(error) : "not installed in libexec/crossings");
    return 1;
}
