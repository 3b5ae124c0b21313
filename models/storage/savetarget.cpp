// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/savetarget.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace {
QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}
} // namespace

QString SaveTarget::check(const QString& path)
{
    const QFileInfo info(path);
    const QString file = shown(path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    // No write permission bits: read-only, even for a user (root) who could write it.
    const QFileDevice::Permissions writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (info.isSymLink() && !info.exists())
        return tr("Could not save \"%1\": it is a link to nothing.").arg(file);
    if (info.exists()) {
        if (info.isDir())
            return tr("Could not save \"%1\": it is a folder.").arg(file);
        if (!info.isFile())
            return tr("Could not save \"%1\": it is not a regular file (a device, a pipe or a "
                      "socket) and is never replaced.")
                .arg(file);
        if (!info.isWritable() || !(info.permissions() & writeBits))
            return tr("Could not save \"%1\": the file is read-only.").arg(file);
        return {};
    }
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        return tr("Could not save \"%1\": the folder \"%2\" does not exist.").arg(file, folder);
    if (!dir.isWritable() || !(dir.permissions() & writeBits))
        return tr("Could not save \"%1\": the folder \"%2\" is not writable.").arg(file, folder);
    return {};
}

bool SaveTarget::write(const QString& path, const QByteArray& bytes, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString problem = check(path);
    if (!problem.isEmpty())
        return fail(problem);
    const QString file = shown(path);
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("Could not save \"%1\": %2").arg(file, out.errorString()));
    errno = 0;
    if (out.write(bytes) == bytes.size() && out.commit())
        return true;
    // Read the error before cancelWriting(), which replaces it with its own.
    const int errorNumber = errno;
    const QFileDevice::FileError kind = out.error();
    const QString why = out.errorString();
    out.cancelWriting();
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    const bool full = kind == QFileDevice::ResourceError || errorNumber == ENOSPC ||
                      errorNumber == EDQUOT ||
                      (storage.isValid() && storage.bytesAvailable() < bytes.size());
    if (full)
        return fail(tr("Could not save \"%1\": the disk is full (\"%2\", on %3). Nothing was "
                       "written; free some space or choose another place.")
                        .arg(file, folder, QDir::toNativeSeparators(storage.rootPath())));
    return fail(tr("Could not save \"%1\": %2. Nothing was written.").arg(file, why));
}
