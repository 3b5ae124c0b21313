// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class LanguageManager;

/// Start-up: chooses between the command line and the window, sets names, language and font.
class Application
{
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    static int exec(int argc, char* argv[]);
    /// Names used by QSettings, QStandardPaths and the desktop file.
    static void setIdentity();
    /// The font every window and export uses (Hangul and Latin; extracts cleanly from PDF).
    static void setApplicationFont();

private:
    static int runWindow(const QString& database, LanguageManager* languageManager,
                         const QString& present = QString());
};
