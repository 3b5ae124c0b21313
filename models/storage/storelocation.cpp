// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/storelocation.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {
/// The libpq connection keywords a team store URI may carry (no password, no passfile path
/// tricks: libpq finds the password itself).
const QStringList& allowedOptions()
{
    static const QStringList keys = {QStringLiteral("host"),
                                     QStringLiteral("hostaddr"),
                                     QStringLiteral("port"),
                                     QStringLiteral("user"),
                                     QStringLiteral("dbname"),
                                     QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("sslcrl"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("service"),
                                     QStringLiteral("target_session_attrs"),
                                     QStringLiteral("gssencmode"),
                                     QStringLiteral("krbsrvname"),
                                     QStringLiteral("channel_binding"),
                                     QStringLiteral("keepalives"),
                                     QStringLiteral("keepalives_idle")};
    return keys;
}

bool validOptionValue(const QString& v)
{
    // Values go into a libpq keyword=value list: no spaces, quotes, backslashes or ';'.
    for (const QChar c : v) {
        if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\') ||
            c == QLatin1Char(';') || c.unicode() < 0x20)
            return false;
    }
    return !v.isEmpty();
}
} // namespace

bool StoreLocation::isServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString StoreLocation::fileProblem(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return tr("\"%1\" is a folder, not a store file.").arg(QDir::toNativeSeparators(path));
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        return tr("The folder of \"%1\" does not exist.").arg(QDir::toNativeSeparators(path));
    return QString();
}

bool StoreLocation::same(const QString& a, const QString& b)
{
    if (isServer(a) || isServer(b))
        return a == b;
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    return QDir::cleanPath(QFileInfo(a).absoluteFilePath()) ==
           QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

bool StoreLocation::parse(const QString& text, StoreLocation* out, QString* error)
{
    *out = StoreLocation();
    auto bad = [&](const QString& why) {
        *error = tr("\"%1\" is not a valid team store address: %2. Expected "
                    "postgresql://[user@][host][:port]/database[?host=/socket/folder&sslmode=…].")
                     .arg(text, why);
        return false;
    };
    if (!isServer(text))
        return bad(tr("it does not start with postgresql://"));
    // libpq takes a socket folder percent-encoded in the host part (postgresql://%2Ftmp/db),
    // which QUrl refuses as a host name: take it out first.
    QString rest = text;
    QString socketHost;
    {
        const int start = rest.indexOf(QLatin1String("://")) + 3;
        int end = start;
        while (end < rest.size() && rest.at(end) != QLatin1Char('/') &&
               rest.at(end) != QLatin1Char('?') && rest.at(end) != QLatin1Char('#'))
            ++end;
        const QString authority = rest.mid(start, end - start);
        const int at = authority.lastIndexOf(QLatin1Char('@'));
        QString hostPort = authority.mid(at + 1);
        if (hostPort.startsWith(QLatin1String("%2F"), Qt::CaseInsensitive)) {
            const int colon = hostPort.indexOf(QLatin1Char(':'));
            socketHost = QUrl::fromPercentEncoding(
                hostPort.left(colon < 0 ? hostPort.size() : colon).toLatin1());
            hostPort = colon < 0 ? QString() : hostPort.mid(colon);
            rest = rest.left(start) + authority.left(at + 1) + hostPort + rest.mid(end);
        }
    }
    const QUrl url(rest, QUrl::StrictMode);
    if (!url.isValid())
        return bad(url.errorString());
    if (!url.password().isEmpty() || text.section(QLatin1Char('/'), 2, 2)
                                         .section(QLatin1Char('@'), 0, -2)
                                         .contains(QLatin1Char(':')))
        return bad(tr("it contains a password; give the password in ~/.pgpass or PGPASSWORD, "
                      "never in the address"));
    if (!url.fragment().isEmpty())
        return bad(tr("it has a fragment (#…)"));
    out->user = url.userName(QUrl::FullyDecoded);
    out->host = socketHost.isEmpty() ? url.host(QUrl::FullyDecoded) : socketHost;
    out->port = url.port(-1);
    if (rest.section(QLatin1Char('/'), 2, 2).endsWith(QLatin1Char(':')))
        return bad(tr("the port is missing after ':'"));
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return bad(tr("the database name \"%1\" contains '/'").arg(path));
    out->database = path;
    const QUrlQuery query(url);
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        const QString& key = item.first;
        const QString& value = item.second;
        if (key == QLatin1String("password") || key == QLatin1String("passfile"))
            return bad(tr("it contains a password; give the password in ~/.pgpass or "
                          "PGPASSWORD, never in the address"));
        if (!allowedOptions().contains(key))
            return bad(tr("unknown parameter \"%1\"").arg(key));
        if (!validOptionValue(value))
            return bad(tr("the parameter \"%1\" has no usable value").arg(key));
        if (key == QLatin1String("host")) {
            out->host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            out->port = value.toInt(&ok);
            if (!ok)
                return bad(tr("the port \"%1\" is not a number").arg(value));
        } else if (key == QLatin1String("user")) {
            out->user = value;
        } else if (key == QLatin1String("dbname")) {
            out->database = value;
        } else {
            out->options.insert(key, value);
        }
    }
    if (out->port == 0 || out->port > 65535)
        return bad(tr("the port %1 is out of range").arg(out->port));
    if (out->database.isEmpty() && !out->options.contains(QStringLiteral("service")))
        return bad(tr("the database name is missing"));
    for (const QString* v : {&out->user, &out->host, &out->database}) {
        if (!v->isEmpty() && !validOptionValue(*v))
            return bad(tr("\"%1\" contains spaces or quotes").arg(*v));
    }
    return true;
}

QString StoreLocation::connectOptions() const
{
    QStringList parts;
    QMap<QString, QString> all = options;
    if (!all.contains(QStringLiteral("connect_timeout")))
        all.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    if (!all.contains(QStringLiteral("application_name")))
        all.insert(QStringLiteral("application_name"), QStringLiteral("crossings"));
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char(';'));
}

QString StoreLocation::describe() const
{
    const QString name = database.isEmpty() ? options.value(QStringLiteral("service")) : database;
    if (host.isEmpty())
        return tr("the team store \"%1\"").arg(name);
    return tr("the team store \"%1\" on %2")
        .arg(name, port > 0 ? host + QLatin1Char(':') + QString::number(port) : host);
}
