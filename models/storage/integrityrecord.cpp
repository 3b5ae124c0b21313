// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/integrityrecord.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QtEndian>

#include <atomic>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
std::atomic<int> s_checks{0};

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/checked-stores.ini");
}

/// One key per store: the hash of its canonical path (a path is no QSettings key).
QString keyOf(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return QString::fromLatin1(
        QCryptographicHash::hash((canonical.isEmpty() ? path : canonical).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex());
}
} // namespace

QString IntegrityRecord::fingerprint(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray head = f.read(100);
    if (head.size() < 100)
        return QString();
    // SQLite's file change counter (header offset 24): every committed write changes it.
    const quint32 counter = qFromBigEndian<quint32>(head.constData() + 24);
    f.close();
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QString();
    return QStringLiteral("%1:%2:%3.%4:%5.%6:%7")
        .arg(quint64(st.st_ino))
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec))
        .arg(qint64(st.st_ctim.tv_sec))
        .arg(qint64(st.st_ctim.tv_nsec))
        .arg(counter);
#else
    const QFileInfo info(path);
    return QStringLiteral("%1:%2:%3:%4")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.metadataChangeTime().toMSecsSinceEpoch())
        .arg(counter);
#endif
}

bool IntegrityRecord::matches(const QString& path, const QString& fingerprint)
{
    if (fingerprint.isEmpty())
        return false;
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    return settings.value(keyOf(path)).toString() == fingerprint;
}

void IntegrityRecord::record(const QString& path, const QString& fingerprint)
{
    if (fingerprint.isEmpty())
        return;
    QDir().mkpath(QFileInfo(settingsFile()).absolutePath());
    QSettings settings(settingsFile(), QSettings::IniFormat);
    if (settings.value(keyOf(path)).toString() != fingerprint)
        settings.setValue(keyOf(path), fingerprint);
}

int IntegrityRecord::checksRun()
{
    return s_checks.load();
}

void IntegrityRecord::countCheck()
{
    ++s_checks;
}
