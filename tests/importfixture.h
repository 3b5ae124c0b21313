// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small store content for the import tests: the bundled names (regions, series) with a few
// figures typed by hand from the curated sources (/work/shared/data/arrivals.csv and
// trade_monthly.csv), so that the tests do not depend on the bundled figures.

#include "storage/store.h"
#include "storage/storelocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QtGlobal>

namespace ImportFixture {

/// The header of an import file with the source columns (docs/IMPORT.md).
inline const QByteArray Header =
    "dataset,series,period,region,value,qualifier,unit,status,source_id,locator,note,source_kind,"
    "source_title_en,source_title_ko,source_outlet,source_author,source_published,source_url,"
    "source_language,source_unconfirmed,source_note\n";
/// 2025 arrivals as a test source first announces them (224), and the correction that follows
/// (223): the figure an export draws, then the change that makes it outdated (tst_verify_cli,
/// tst_briefing_cli). Test sources (test-…), not the Ministry's published figures.
inline const QByteArray FirstAnnouncement2025 =
    Header + "arrivals,total,2025,KR,224,,persons,final,test-mou-2026-01-20,2025 arrivals "
             "announcement,,official,[Ministry of Unification: 2025 arrivals],,Ministry of "
             "Unification,,2026-01-20,,ko,,\n";
inline const QByteArray Correction2025 =
    Header + "arrivals,total,2025,KR,223,,persons,final,test-mou-2026-02-04,2025 arrivals "
             "correction,,official,[Ministry of Unification: 2025 arrivals corrected],,Ministry "
             "of Unification,,2026-02-04,,ko,,\n";

inline Source source(const char* id, const char* kind, const char* title, const char* outlet,
                     const char* published, const char* url)
{
    Source s;
    s.id = QString::fromUtf8(id);
    s.kind = Term::fromCsv<Term::SourceKind>(QString::fromUtf8(kind)).value();
    s.titleEn = QString::fromUtf8(title);
    s.outlet = QString::fromUtf8(outlet);
    s.published = QString::fromUtf8(published);
    s.url = QString::fromUtf8(url);
    s.language = QStringLiteral("ko");
    return s;
}

inline Observation figure(const char* dataset, const char* series, const char* period,
                          const char* region, qint64 value, const char* unit, const char* status,
                          const char* sourceId)
{
    Observation o;
    o.dataset = Term::fromCsv<Term::Dataset>(QString::fromUtf8(dataset)).value();
    o.series = QString::fromUtf8(series);
    o.period = Period::parse(QString::fromUtf8(period));
    o.region = QString::fromUtf8(region);
    o.value = value;
    o.unit = Term::fromCsv<Term::Unit>(QString::fromUtf8(unit)).value();
    o.status = Term::fromCsv<Term::Status>(QString::fromUtf8(status)).value();
    o.sourceId = QString::fromUtf8(sourceId);
    if (o.dataset == Term::Dataset::Trade)
        o.compiler = QStringLiteral("gacc"); // these are China customs figures
    return o;
}

inline Snapshot snapshot()
{
    Snapshot bundled;
    QList<ValidationIssue> issues;
    QByteArray checksum;
    if (!Store::readBundled(&bundled, &issues, &checksum))
        qFatal("the bundled dataset is invalid");
    Snapshot s;
    s.vocabulary = bundled.vocabulary;
    for (const Source& src :
         {source("sedaily-2024-01-18", "press", "[Seoul Economic Daily: 2023 arrivals]",
                 "Seoul Economic Daily", "2024-01-18",
                 "https://m.sedaily.com/NewsViewAmp/2D44R6O8GY"),
          source("news1-2025-02-04", "press", "[News1: 2024 arrivals]", "News1", "2025-02-04",
                 "https://news1.kr/nk/inter-korean/5678524"),
          source("mou-table-2020", "official", "[MOU: arrivals table]", "Ministry of Unification",
                 "2020", ""),
          source("mou-release-2012-01-11", "official",
                 "Number of North Korean Refugees in South Korea in 2011",
                 "Ministry of Unification", "2012-01-11", ""),
          source("voa-2020-04", "press", "[VOA: DPRK-China trade]", "VOA", "2020-04",
                 "https://www.voakorea.com/korea/korea-economy/dprk-china-trade")})
        s.sources.insert(src.id, src);
    s.observations = {
        figure("arrivals", "total", "2009", "KR", 2914, "persons", "final", "mou-table-2020"),
        figure("arrivals", "total", "2009", "KR", 2927, "persons", "superseded",
               "mou-release-2012-01-11"),
        figure("arrivals", "total", "2023", "KR", 196, "persons", "final", "sedaily-2024-01-18"),
        figure("arrivals", "male", "2023", "KR", 32, "persons", "final", "sedaily-2024-01-18"),
        figure("arrivals", "female", "2023", "KR", 164, "persons", "final", "sedaily-2024-01-18"),
        figure("arrivals", "total", "2024", "KR", 236, "persons", "final", "news1-2025-02-04"),
        figure("arrivals", "male", "2024", "KR", 26, "persons", "final", "news1-2025-02-04"),
        figure("arrivals", "female", "2024", "KR", 210, "persons", "final", "news1-2025-02-04"),
        figure("arrivals", "cumulative", "../2024", "KR", 34314, "persons", "final",
               "news1-2025-02-04"),
        figure("trade", "china_exports", "2020-03", "CN", 18031000, "usd", "final", "voa-2020-04"),
    };
    return s;
}

/// Creates a store file at path holding the fixture (the bundled figures replaced by it). The
/// first call builds it; later calls copy that file (seeding is slow under the sanitizers).
inline bool createStore(const QString& path, QString* error)
{
    static QTemporaryDir dir;
    const QString templ = dir.filePath(QStringLiteral("fixture.sqlite"));
    if (!QFile::exists(templ)) {
        Store store;
        if (!store.open(templ, Store::Mode::CreateIfMissing) ||
            !store.seed(snapshot(), "fixture")) {
            *error = store.errorString();
            return false;
        }
    }
    QFile::remove(path);
    if (!QFile::copy(templ, path) ||
        !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot copy the fixture store to ") + path;
        return false;
    }
    return true;
}

/// The engine the store tests run on. By default SQLite files; with CROSSINGS_TEST_ENGINE=postgres
/// and CROSSINGS_TEST_DATABASE the URI of a throwaway cluster's database as its superuser
/// (.ci/jobs/40-postgres.sh), every store is a fresh database on that server instead.
inline QString serverUri()
{
    return qEnvironmentVariable("CROSSINGS_TEST_ENGINE") == QLatin1String("postgres")
               ? qEnvironmentVariable("CROSSINGS_TEST_DATABASE")
               : QString();
}
inline bool onServer()
{
    return !serverUri().isEmpty();
}

/// The server URI of another database of the test cluster.
inline QString serverDatabase(const QString& name)
{
    QUrl url(serverUri());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

/// Runs administrative SQL (CREATE DATABASE…) on the test cluster's maintenance database.
inline bool serverAdmin(const QString& sql, QString* error)
{
    const QString name = QStringLiteral("importfixture-admin");
    if (!QSqlDatabase::contains(name)) {
        StoreLocation location;
        if (!StoreLocation::parse(serverUri(), &location, error))
            return false;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location.host);
        db.setUserName(location.user);
        if (location.port > 0)
            db.setPort(location.port);
        db.setDatabaseName(QStringLiteral("postgres"));
    }
    QSqlDatabase db = QSqlDatabase::database(name);
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = sql + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    return true;
}

/// Creates a store holding the fixture (the bundled figures replaced by it) and sets *location
/// to it: the file *location names, or on the test server (onServer()) a new database, whose
/// URI replaces *location. The first call builds a template; later calls copy it.
inline bool createStore(QString* location, QString* error)
{
    if (!onServer())
        return createStore(*location, error);
    static int made = 0;
    const QString templ = QStringLiteral("fixture_template");
    if (made == 0) {
        if (!serverAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(templ), error) ||
            !serverAdmin(QStringLiteral("CREATE DATABASE %1").arg(templ), error))
            return false;
        Store store;
        if (!store.open(serverDatabase(templ), Store::Mode::Administer) || !store.setUpRoles() ||
            !store.seed(snapshot(), "fixture")) {
            *error = store.errorString();
            return false;
        }
    }
    const QString name =
        QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    if (!serverAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name), error) ||
        !serverAdmin(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templ), error))
        return false;
    *location = serverDatabase(name);
    return true;
}

/// What a store holds, to compare before and after something that must not write: a file's
/// bytes, or a team store's state and every figure with its status.
inline QByteArray contents(const QString& location)
{
    if (!StoreLocation::isServer(location)) {
        QFile f(location);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }
    Store store;
    Snapshot s;
    if (!store.open(location, Store::Mode::ReadOnly) || !store.load(&s))
        return QByteArray("<unreadable>");
    QByteArray out = store.stateToken().toUtf8() + '\n';
    for (const Observation& o : s.observations)
        out += QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8\n")
                   .arg(Datasets::name(o.dataset), o.series, o.period.code(), o.region)
                   .arg(o.value)
                   .arg(Term::csvName(o.status), o.sourceId)
                   .arg(o.plotted)
                   .toUtf8();
    QStringList ids = s.sources.keys();
    ids.sort();
    for (const QString& id : ids)
        out += id.toUtf8() + '\n';
    return out;
}

} // namespace ImportFixture
