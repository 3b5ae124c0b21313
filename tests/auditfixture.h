// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small dataset for the audit tests, typed by hand from the curated sources in
// /work/shared/data (arrivals.csv, trade_monthly.csv, seed-figures.md) — never read back from
// the bundled dataset.

#include "storage/store.h"

namespace AuditFixture {

inline Source source(const QString& id, const QString& kind, const QString& published,
                     const QString& outlet)
{
    Source s;
    s.id = id;
    s.kind = Term::fromCsv<Term::SourceKind>(kind).value();
    s.titleEn = id;
    s.outlet = outlet;
    s.published = published;
    s.language = "en";
    return s;
}

inline Snapshot snapshot()
{
    Snapshot s;
    s.vocabulary.regionNames = {{"KR", {"South Korea", "대한민국"}},
                                {"CN", {"China", "중국"}},
                                {"US", {"United States", "미국"}},
                                {"GB", {"United Kingdom", "영국"}}};
    const QList<QStringList> series = {
        {"arrivals", "total", "Arrivals", "입국자", "persons"},
        {"arrivals", "cumulative", "Cumulative arrivals", "누적 입국자", "persons"},
        {"trade", "china_exports", "China's exports to North Korea", "중국의 대북 수출", "usd"},
        {"trade", "china_imports", "China's imports from North Korea", "중국의 대북 수입", "usd"},
        {"destinations", "resettled", "Resettled (cumulative)", "정착 인원 (누적)", "persons"},
        {"destinations", "asylum_granted", "Granted asylum", "난민 인정", "persons"},
    };
    for (const QStringList& r : series) {
        s.vocabulary.seriesNames.insert(r[0] + "|" + r[1], {r[2], r[3]});
        s.vocabulary.seriesUnit.insert(r[0] + "|" + r[1], r[4]);
    }
    for (const Source& src :
         {source("mou-table", "official", "2020-12", "Ministry of Unification"),
          source("mou-2012", "official", "2012-01-11", "Ministry of Unification"),
          source("voa-2010", "press", "2010-01-06", "VOA Korean"),
          source("sedaily-2003", "press", "2003", "Seoul Economic Daily"),
          source("donga-2022", "press", "2022-01-20", "Dong-A Ilbo"),
          source("dailynk-2023", "press", "2023-01-10", "Daily NK"),
          source("mbceg-2018", "press", "2018-04", "MBC Gangwon Yeongdong"),
          source("diplomat-2020", "press", "2020-03", "The Diplomat"),
          source("voa-2020", "press", "2020-04", "VOA Korean"),
          source("ajunews-2019", "press", "2019-06-20", "Aju Business Daily"),
          source("asiae-2021", "press", "2021-04-18", "Asia Economy"),
          source("mbc-2020", "press", "2020-10-25", "MBC"),
          source("yonhap-2019", "press", "2019-12-03", "Yonhap"),
          source("seed-000", "article", "2021-01", "KEI"),
          source("seed-001", "article", "2018-11-06", "CSIS"),
          source("seed-003", "article", "2021", "Crossing Borders"),
          source("seed-004", "article", "2018", "repost")})
        s.sources.insert(src.id, src);

    qint64 id = 0;
    auto add = [&](const QString& dataset, const QString& series, const QString& period,
                   const QString& region, qint64 value, const QString& status,
                   const QString& sourceId, const QString& qualifier = QString()) {
        Observation o;
        o.id = ++id;
        o.dataset = Term::fromCsv<Term::Dataset>(dataset).value();
        o.series = series;
        o.period = Period::parse(period);
        o.region = region;
        o.value = value;
        o.qualifier = Term::fromCsv<Term::Qualifier>(qualifier).value();
        o.unit = dataset == "trade" ? Term::Unit::Usd : Term::Unit::Persons;
        o.compiler = dataset == "trade" ? "gacc" : QString(); // as China customs reports them
        o.status = Term::fromCsv<Term::Status>(status).value();
        o.sourceId = sourceId;
        s.observations.append(o);
        return o.id;
    };
    // MOU's final yearly arrivals (arrivals.csv, status final); 1999-2001 singly from the 2003
    // National Assembly audit data, and MOU's grouped column.
    const QList<QPair<QString, qint64>> finals = {
        {"../1998", 947}, {"1999", 148},  {"2000", 312},  {"2001", 583},  {"1999/2001", 1043},
        {"2002", 1142},   {"2003", 1285}, {"2004", 1898}, {"2005", 1384}, {"2006", 2028},
        {"2007", 2554},   {"2008", 2803}, {"2009", 2914}, {"2010", 2402}, {"2011", 2706},
        {"2012", 1502},   {"2013", 1514}, {"2014", 1397}, {"2015", 1275}, {"2016", 1418},
        {"2017", 1127},   {"2018", 1137}, {"2019", 1047}, {"2020", 229}};
    for (const auto& f : finals) {
        const bool single = f.first == "1999" || f.first == "2000" || f.first == "2001";
        add("arrivals", "total", f.first, "KR", f.second, "final",
            single ? "sedaily-2003" : "mou-table");
    }
    add("arrivals", "total", "2021", "KR", 63, "final", "donga-2022");
    add("arrivals", "total", "2018-Q1", "KR", 192, "provisional", "mbceg-2018");
    add("arrivals", "total", "2022-Q1", "KR", 11, "provisional", "dailynk-2023");
    // Revisions of 2009 (arrivals.csv, revised-earlier rows).
    add("arrivals", "total", "2009", "KR", 2952, "superseded", "voa-2010");
    add("arrivals", "total", "2009", "KR", 2927, "superseded", "mou-2012");
    // Seeds restating figures (seed-figures.md section 2).
    add("arrivals", "total", "2009", "KR", 2914, "final", "seed-000");
    add("arrivals", "cumulative", "../2020", "KR", 33000, "final", "seed-003", "over");
    add("destinations", "asylum_granted", "../2018-03", "GB", 544, "final", "seed-001");
    add("destinations", "resettled", "2006/2018-06", "US", 214, "final", "seed-001");
    // China's customs, as reported (trade_monthly.csv).
    add("trade", "china_imports", "2019-03", "CN", 16210000, "final", "ajunews-2019");
    add("trade", "china_imports", "2020-01/2020-02", "CN", 10700000, "final", "diplomat-2020");
    add("trade", "china_imports", "2020-03", "CN", 616000, "final", "voa-2020");
    add("trade", "china_exports", "2019-03", "CN", 197960000, "final", "voa-2020");
    add("trade", "china_exports", "2020-02", "CN", 10345000, "final", "asiae-2021");
    add("trade", "china_exports", "2020-03", "CN", 18031000, "final", "voa-2020");
    add("trade", "china_exports", "2020-09", "CN", 18882000, "final", "mbc-2020");
    add("trade", "china_exports", "2019-10", "CN", 270900000, "final", "yonhap-2019");
    add("trade", "china_exports", "2020-10", "CN", 253000, "final", "asiae-2021");
    Store::choosePlotted(&s.observations, s.sources);
    return s;
}

/// The id of the fixture's observation of a quantity from a source (0 when absent).
inline qint64 idOf(const Snapshot& s, const QString& dataset, const QString& series,
                   const QString& period, const QString& sourceId)
{
    for (const Observation& o : s.observations) {
        if (Datasets::name(o.dataset) == dataset && o.series == series &&
            o.period.code() == period && o.sourceId == sourceId)
            return o.id;
    }
    return 0;
}

inline Claim claim(const QString& id, const QString& sourceId, const QString& check,
                   const QString& kind = "figure")
{
    Claim c;
    c.id = id;
    c.kind = kind;
    c.sourceId = sourceId;
    c.locator = "line 1";
    c.textEn = id;
    c.textKo = id;
    c.check = check;
    return c;
}

/// Five claims on the fixture, one of each verdict (worked out in tst_auditmodel.cpp).
inline QList<Claim> claims()
{
    const QString A = "arrivals,total,KR";
    return {
        claim("total", "seed-000", QString("sum(%1,../1998,1999..2020) = 33752").arg(A), "total"),
        claim("imports", "seed-000",
              "mom: change(v(trade,china_exports,CN,2020-03), v(trade,china_exports,CN,2020-02)) = "
              "-91% | "
              "yoy: change(v(trade,china_exports,CN,2020-03), v(trade,china_exports,CN,2019-03)) = "
              "-91%",
              "change"),
        claim("q1", "seed-004", QString("change(v(%1,2018-Q1), v(%1,2017-Q1)) = -31%").arg(A),
              "change"),
        claim("uk", "seed-001", "v(destinations,asylum_granted,GB,../2018-03) = 544"),
        claim("low", "seed-000", QString("v(%1,2020) < min(%1,1999..2019)").arg(A), "rank"),
    };
}

} // namespace AuditFixture
