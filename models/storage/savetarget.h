// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// Where an export may write, and writing there: the checks and messages every export shares
/// (figures, the data file). A target is an existing regular file that may be written, or a new
/// name in a folder that may be written; anything else (a read-only file, a folder, a device, a
/// FIFO, a symbolic link to one of those or to nothing) is refused before anything is drawn or
/// written. The bytes are written through QSaveFile (all or nothing), and a full disk is named
/// as such, with the place that is full.
class SaveTarget
{
    Q_DECLARE_TR_FUNCTIONS(SaveTarget)

public:
    /// Empty when path may be written; otherwise why not, as a sentence naming the file.
    static QString check(const QString& path);
    /// check(), then writes bytes to path atomically. False with *error when nothing was written.
    static bool write(const QString& path, const QByteArray& bytes, QString* error);
};
