// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

/// Where a store lives: an SQLite file path, or a team store on a PostgreSQL server named by a
/// libpq connection URI, `postgresql://[user@][host][:port]/dbname[?host=/socket/dir&sslmode=…]`.
/// Passwords never travel in it: libpq finds them (PGPASSWORD, ~/.pgpass, a service file).
class StoreLocation
{
    Q_DECLARE_TR_FUNCTIONS(StoreLocation)

public:
    /// Whether text names a server (starts with postgresql:// or postgres://), well-formed or not.
    static bool isServer(const QString& text);
    /// Parses a server URI; false with *error (translated) when it is malformed.
    static bool parse(const QString& text, StoreLocation* out, QString* error);
    /// Why a store file cannot be opened or created at path (a folder, a folder that does not
    /// exist); empty when it can be tried. Never creates anything.
    static QString fileProblem(const QString& path);
    /// Whether two locations name the same store (file paths compared as absolute paths).
    static bool same(const QString& a, const QString& b);

    QString user;                   ///< empty: libpq's default (PGUSER, the login name)
    QString host;                   ///< a host name or a Unix socket folder; empty: libpq's default
    int port = -1;                  ///< -1: libpq's default
    QString database;               ///< the database name (may be empty with a service)
    QMap<QString, QString> options; ///< libpq keywords: sslmode, sslrootcert, connect_timeout…

    /// QSqlDatabase connect options (libpq keywords, ';'-separated).
    QString connectOptions() const;
    /// For messages: "the team store “crossings” on /run/postgresql" (never a password).
    QString describe() const;
};
