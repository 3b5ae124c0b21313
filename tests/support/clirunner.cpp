// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace TestSupport {

QProcessEnvironment CliRunner::environment(const QProcessEnvironment& extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_home.isEmpty()) {
        const QDir home(m_home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        // Qt warns about a runtime folder that is missing or not private.
        const QString runtime = home.filePath(QStringLiteral("runtime"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // The command line must not need a display.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(extra);
    return env;
}

CliResult CliRunner::run(const QStringList& args, const CliOptions& options) const
{
    QProcess p;
    p.setProcessEnvironment(environment(options.extra));
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    if (!options.stdoutFile.isEmpty())
        p.setStandardOutputFile(options.stdoutFile, QIODevice::Truncate);
    if (options.shellPrefix.isEmpty()) {
        p.start(options.program, args);
    } else {
        auto quoted = [](QString s) {
            return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QLatin1String("'\\''")) +
                   QLatin1Char('\'');
        };
        QString command = options.shellPrefix + QLatin1String(" exec ") + quoted(options.program);
        for (const QString& a : args)
            command += QLatin1Char(' ') + quoted(a);
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    }
    CliResult r;
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.code = -1;
    } else {
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }
    if (options.stdoutFile.isEmpty())
        r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace TestSupport
