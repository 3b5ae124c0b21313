// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

/// The program crossings-cli: the commands that only read and write data (data, import, audit,
/// db, --help, --version), on Qt Core and Sql alone. What draws (the window, export, verify) is
/// crossings-gui's, which links Qt's GUI libraries (Widgets, Charts, Svg, PrintSupport and what
/// they load): loading those costs a command that draws nothing about half its time
/// (docs/PERFORMANCE.md, case 8). `crossings` itself (app/launcher.cpp) only chooses between
/// the two; when it chose this one for something that draws, this one hands it on.
class CliProgram
{
    Q_DECLARE_TR_FUNCTIONS(CliProgram)

public:
    static int exec(int argc, char* argv[]);
    /// Names used by QSettings and QStandardPaths (both programs).
    static void setIdentity();
    /// Whether argv asks for something that draws: the window, export or verify.
    static bool draws(const QStringList& arguments);
    /// crossings-gui, installed beside this program (libexec/crossings, or a build's app/);
    /// empty when it is not there.
    static QString drawingProgram();
};
