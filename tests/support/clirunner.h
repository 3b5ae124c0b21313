// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace TestSupport {

/// The application's test hook (app/benchhooks.h): an import creates this file inside its
/// transaction, before committing, and waits a minute, so that a test kills it there.
constexpr const char* PauseInImportVariable = "CROSSINGS_TEST_PAUSE_IN_IMPORT";

/// What a run of the command line gave: the exit code (-1: did not finish in time, -2: crashed).
struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

struct CliOptions
{
    QProcessEnvironment extra; ///< added to (and overriding) the run's environment
    QString stdoutFile;        ///< standard output goes to this file (truncated) instead of `out`
    QString workingDirectory;  ///< empty: the test's own
    QString shellPrefix; ///< run as `sh -c "PREFIX exec crossings ARGS"` (ulimit, redirections)
    QString program = QStringLiteral(CROSSINGS_BINARY);
    int timeoutMs = 120000;
};

/// Runs the `crossings` command line headless, with its settings and data in `home` (XDG folders),
/// no display and the C.UTF-8 locale, as a user's shell would without a desktop session.
class CliRunner
{
public:
    explicit CliRunner(const QString& home = QString())
        : m_home(home)
    {}
    void setHome(const QString& home) { m_home = home; }

    QProcessEnvironment environment(const QProcessEnvironment& extra = {}) const;
    CliResult run(const QStringList& args, const CliOptions& options = {}) const;

private:
    QString m_home;
};

} // namespace TestSupport
