// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "benchhooks.h"
#include "cliprogram.h"
#include "commandline.h"
#include "core/catalog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mallocpolicy.h"
#include "storage/store.h"
#include "storage/storerecovery.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QMessageBox>

#include <memory>

void Application::setIdentity()
{
    CliProgram::setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.crossings.Crossings"));
}

void Application::setApplicationFont()
{
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setPointSizeF(QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF()
                                                             : 10);
    // No OpenType shaping (Latin and Hangul syllables need none): Qt 6.4's PDF writer gives
    // substituted glyphs no text, so shaped digits and ligatures ("fi") would vanish from an
    // exported PDF's text (search, copy, pdftotext). Every font derived from this one inherits it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    QApplication::setFont(font);
}

int Application::exec(int argc, char* argv[])
{
    MallocPolicy::returnLargeBlocks();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QString command = CommandLine::commandIn(arguments);
    const bool wantsInfo = arguments.contains(QStringLiteral("--help")) ||
                           arguments.contains(QStringLiteral("-h")) ||
                           arguments.contains(QStringLiteral("--version"));
    const bool headless = !command.isEmpty() || wantsInfo;
    const bool noDisplay =
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    // The command line never needs a display: not even a stale DISPLAY may stop an export.
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Without a display the window cannot open: parse the arguments headless and say so.
    const bool windowless =
        !headless && noDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    std::unique_ptr<QCoreApplication> app;
    // Drawing a figure (export, and verify, which draws it again) needs QApplication.
    if ((!headless && !windowless) || command == QLatin1String("export") ||
        command == QLatin1String("verify"))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    setIdentity();

    LanguageManager language;
    language.setLanguage(LanguageManager::languageFor(arguments));
    if (qobject_cast<QApplication*>(app.get()))
        setApplicationFont();

    CommandLine::enableDrawingCommands();
    CommandLine cli;
    const int code = cli.run(arguments);
    if (code >= 0)
        return code;
    if (windowless) {
        CommandLine::err()
            << tr("crossings: there is no display to open the window on (set DISPLAY, "
                  "or run it under xvfb-run).")
            << '\n';
        return CommandLine::Failure;
    }
    return runWindow(cli.databasePath(), &language, cli.presentFigure());
}

int Application::runWindow(const QString& database, LanguageManager* languageManager,
                           const QString& present)
{
    Store store;
    const QString path = database.isEmpty() ? Store::defaultPath() : database;
    const Store::Mode mode =
        database.isEmpty() ? Store::Mode::CreateIfMissing : Store::Mode::ReadWrite;
    // A team store that cannot be reached: Retry until it can, or continue without it.
    while (!store.open(path, mode) && store.isTeamStore() &&
           (store.error() == Store::Error::Unreachable ||
            store.error() == Store::Error::ConnectionLost)) {
        QMessageBox box(QMessageBox::Warning, tr("Crossings"), store.errorString(),
                        QMessageBox::Retry | QMessageBox::Yes | QMessageBox::Cancel);
        box.setInformativeText(
            tr("Retry when the server is back, or continue on the bundled data without the "
               "team store (Yes)?"));
        const int answer = box.exec();
        if (answer == QMessageBox::Cancel)
            return CommandLine::Failure;
        if (answer == QMessageBox::Yes) {
            if (store.openInMemory())
                break;
            QMessageBox::critical(nullptr, tr("Crossings"), store.errorString());
            return CommandLine::Failure;
        }
    }
    if (!store.isOpen()) {
        // A damaged user store is moved aside (never deleted); otherwise the file is left alone.
        const StoreRecovery::Offer offer =
            StoreRecovery::offer(store, path, database.isEmpty(), QDateTime::currentDateTime());
        QMessageBox box(QMessageBox::Warning, tr("Crossings"), offer.problem);
        box.setInformativeText(offer.question);
        box.setStandardButtons(QMessageBox::Yes | QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return CommandLine::Failure;
        if (!StoreRecovery::accept(store, offer, path, mode)) {
            QMessageBox::critical(nullptr, tr("Crossings"), store.errorString());
            return CommandLine::Failure;
        }
    }
    // The window reads what each page shows when the page is first shown (issue 23): the first
    // page's datasets as it is made.
    Catalog catalog;
    catalog.setSource(&store);
    bool unreadable = false;
    const QMetaObject::Connection failed =
        QObject::connect(&catalog, &Catalog::loadFailed, [&unreadable] { unreadable = true; });
    // The installed theme's icon when there is one (hicolor, from the package), else the built-in.
    const QIcon builtIn(QStringLiteral(":/icons/org.crossings.Crossings.svg"));
    QApplication::setWindowIcon(QIcon::fromTheme(QGuiApplication::desktopFileName(), builtIn));
    BenchHooks::install(); // off unless the benchmark asks (docs/PERFORMANCE.md)
    MainWindow window(&catalog, &store, languageManager);
    QObject::disconnect(failed);
    if (unreadable) {
        QMessageBox::critical(nullptr, tr("Crossings"), store.errorString());
        return CommandLine::Failure;
    }
    window.show();
    if (const auto kind = Figure::fromName(present)) // crossings --present FIGURE
        window.present(kind);
    return QApplication::exec();
}
