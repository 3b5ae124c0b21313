// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprogram.h"

#include "commandline.h"
#include "languagemanager.h"
#include "mallocpolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

void CliProgram::setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crossings"));
    QCoreApplication::setApplicationName(QStringLiteral("Crossings"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSINGS_VERSION));
}

bool CliProgram::draws(const QStringList& arguments)
{
    const QString command = CommandLine::commandIn(arguments);
    if (command.isEmpty()) // the window, unless only help or the version is asked for
        return !CommandLine::asksForInfo(arguments);
    return command == QLatin1String("export") || command == QLatin1String("verify");
}

QString CliProgram::drawingProgram()
{
    const QString program =
        QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath())
            .absoluteDir()
            .filePath(QStringLiteral("crossings-gui"));
    return QFileInfo(program).isExecutable() ? program : QString();
}

int CliProgram::exec(int argc, char* argv[])
{
    MallocPolicy::returnLargeBlocks();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString failedProgram;
    int failure = 0;
    if (draws(arguments)) {
        failedProgram = drawingProgram();
        if (!failedProgram.isEmpty()) {
            const QByteArray program = QFile::encodeName(failedProgram);
            ::execv(program.constData(), argv); // returns only when it failed
            failure = errno;
        }
    }

    QCoreApplication app(argc, argv);
    setIdentity();
    LanguageManager language;
    language.setLanguage(LanguageManager::languageFor(arguments));

    if (draws(arguments)) {
        CommandLine::err() << (failedProgram.isEmpty()
                                   ? tr("crossings: the drawing program crossings-gui is not "
                                        "installed beside crossings-cli (reinstall Crossings)")
                                   : tr("crossings: cannot start %1: %2")
                                         .arg(QDir::toNativeSeparators(failedProgram),
                                              QString::fromLocal8Bit(std::strerror(failure))))
                           << '\n';
        return CommandLine::Failure;
    }
    CommandLine cli;
    const int code = cli.run(arguments);
    return code >= 0 ? code : int(CommandLine::Failure);
}
