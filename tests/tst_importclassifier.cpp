// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/importclassifier.h"

#include <QTest>

/// ImportClassifier (ImportPlan's changes and conflicts, issue 23): typed expectations for a
/// quantity with a few and with many stored figures, the sources' dates compared at the
/// precision both have.
class tst_ImportClassifier : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void manyStoredFigures_data();
    void manyStoredFigures();
    void keys();
};

namespace {

/// "id:value:status:source[:qualifier]" for a stored figure, "value:status:source[:qualifier]"
/// for one of the file; every figure of the same quantity (arrivals, total, 2020, KR).
Observation figure(const QString& spec, bool stored)
{
    const QStringList p = spec.split(QLatin1Char(':'));
    const int at = stored ? 1 : 0;
    Observation o;
    o.id = stored ? p.at(0).toLongLong() : 0;
    o.dataset = Term::Dataset::Arrivals;
    o.series = QStringLiteral("total");
    o.period = Period::parse(QStringLiteral("2020"));
    o.region = QStringLiteral("KR");
    o.unit = Term::Unit::Persons;
    o.value = p.at(at).toLongLong();
    o.status = Term::fromCsv<Term::Status>(p.at(at + 1)).value();
    o.sourceId = p.at(at + 2);
    o.qualifier = Term::fromCsv<Term::Qualifier>(p.value(at + 3)).value();
    return o;
}

QHash<QString, Source> sources()
{
    QHash<QString, Source> out;
    const QList<QPair<QString, QString>> dated = {
        {QStringLiteral("old"), QStringLiteral("2020-01-15")},
        {QStringLiteral("mid"), QStringLiteral("2021-06-01")},
        {QStringLiteral("new"), QStringLiteral("2023-02-01")},
        {QStringLiteral("year"), QStringLiteral("2021")},
        {QStringLiteral("undated"), QString()}};
    for (const auto& [id, published] : dated) {
        Source s;
        s.id = id;
        s.published = published;
        out.insert(id, s);
    }
    return out;
}

/// The result in words: "s3>a0" (stored figure 3 superseded by addition 0), "a1>s4" (addition 1
/// superseded by stored figure 4); "a0:s1,s2,a1+3" (addition 0 conflicts with stored 1, 2 and
/// addition 1, three more); the ids marked superseded; the additions' statuses after.
QString describe(const ImportClassifier::Result& r, const QList<Observation>& additions)
{
    auto ref = [&](qint32 i) {
        return i >= 0 ? QStringLiteral("s%1").arg(r.stored.at(i))
                      : QStringLiteral("a%1").arg(-i - 1);
    };
    QStringList changes;
    for (const auto& c : r.changes)
        changes << ref(c.superseded) + QLatin1Char('>') + ref(c.by);
    QStringList conflicts;
    for (const auto& c : r.conflicts) {
        QStringList others;
        for (qint64 id : r.listed.at(c.others))
            others << (id > 0 ? QStringLiteral("s%1").arg(id) : QStringLiteral("a%1").arg(-id - 1));
        conflicts << QStringLiteral("a%1:%2+%3")
                         .arg(c.addition)
                         .arg(others.join(QLatin1Char(',')))
                         .arg(c.more);
    }
    QStringList supersede;
    for (qint64 id : r.supersede)
        supersede << QString::number(id);
    QStringList statuses;
    for (const Observation& o : additions)
        statuses << Term::csvName(o.status);
    QStringList before;
    for (auto it = r.statusBefore.cbegin(); it != r.statusBefore.cend(); ++it)
        before << QStringLiteral("a%1=%2").arg(it.key()).arg(Term::csvName(it.value()));
    before.sort();
    return QStringLiteral("changes %1; conflicts %2; supersede %3; statuses %4; before %5")
        .arg(changes.join(QLatin1Char(' ')), conflicts.join(QLatin1Char(' ')),
             supersede.join(QLatin1Char(',')), statuses.join(QLatin1Char(',')),
             before.join(QLatin1Char(',')));
}

} // namespace

void tst_ImportClassifier::classify_data()
{
    QTest::addColumn<QStringList>("stored");
    QTest::addColumn<QStringList>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("corrects older final and provisional")
        << QStringList{"2:110:provisional:old", "1:100:final:old"} << QStringList{"120:final:mid"}
        << "changes s1>a0 s2>a0; conflicts ; supersede 1,2; statuses final; before ";
    QTest::newRow("corrected by a newer stored figure")
        << QStringList{"3:130:final:new", "4:125:final:new"} << QStringList{"120:final:mid"}
        << "changes a0>s3; conflicts ; supersede ; statuses superseded; before a0=final";
    QTest::newRow("an approximate figure corrects nothing")
        << QStringList{"1:100:final:old"} << QStringList{"120:final:mid:about"}
        << "changes ; conflicts a0:s1+0; supersede ; statuses final; before ";
    QTest::newRow("an approximate stored figure does not correct")
        << QStringList{"3:130:final:new:about"} << QStringList{"120:final:mid"}
        << "changes ; conflicts a0:s3+0; supersede ; statuses final; before ";
    QTest::newRow("dates at different precision: neither later")
        << QStringList{"1:100:final:year"} << QStringList{"120:final:mid"}
        << "changes ; conflicts a0:s1+0; supersede ; statuses final; before ";
    QTest::newRow("an undated source is never later")
        << QStringList{"1:100:final:undated"} << QStringList{"120:final:mid"}
        << "changes ; conflicts a0:s1+0; supersede ; statuses final; before ";
    QTest::newRow("the same source corrects nothing")
        << QStringList{"1:100:final:mid"} << QStringList{"120:final:mid"}
        << "changes ; conflicts a0:s1+0; supersede ; statuses final; before ";
    QTest::newRow("the same value is no conflict")
        << QStringList{"1:120:estimate:old"} << QStringList{"120:estimate:mid"}
        << "changes ; conflicts ; supersede ; statuses estimate; before ";
    QTest::newRow("a stored superseded figure is no conflict")
        << QStringList{"1:100:superseded:old"} << QStringList{"120:estimate:mid"}
        << "changes ; conflicts ; supersede ; statuses estimate; before ";
    QTest::newRow("marked once, named by every correcting row")
        << QStringList{"1:100:final:old"} << QStringList{"120:final:mid", "121:final:new"}
        << "changes s1>a0 s1>a1; conflicts a1:a0+0; supersede 1; statuses final,final; before ";
    QTest::newRow("the newest of the newer stored figures corrects")
        << QStringList{"3:130:final:mid", "4:140:final:new"} << QStringList{"120:final:old"}
        << "changes a0>s4; conflicts ; supersede ; statuses superseded; before a0=final";
    QTest::newRow("file figures conflict with earlier rows, one per value")
        << QStringList{}
        << QStringList{"1:estimate:old", "2:estimate:mid", "1:estimate:new", "3:estimate:new"}
        << "changes ; conflicts a1:a0+0 a2:a1+0 a3:a0,a1+0; supersede ; statuses "
           "estimate,estimate,estimate,estimate; before ";
    QTest::newRow("a demoted figure is not an earlier row")
        << QStringList{"4:140:final:new"} << QStringList{"120:final:mid", "125:estimate:old"}
        << "changes a0>s4; conflicts a1:s4+0; supersede ; statuses superseded,estimate; before "
           "a0=final";
}

void tst_ImportClassifier::classify()
{
    QFETCH(QStringList, stored);
    QFETCH(QStringList, file);
    QFETCH(QString, expected);
    QList<Observation> storedFigures;
    for (const QString& s : stored)
        storedFigures << figure(s, true);
    QList<Observation> additions;
    for (const QString& s : file)
        additions << figure(s, false);
    const ImportClassifier::Result r =
        ImportClassifier::classify(&additions, storedFigures, sources(), 5);
    QCOMPARE(describe(r, additions), expected);
}

void tst_ImportClassifier::manyStoredFigures_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("changes");
    QTest::addColumn<int>("supersede");
    QTest::addColumn<int>("conflicts");
    QTest::addColumn<int>("more");

    // 400 stored figures of one quantity, values 1 to 400, stored in reverse id order; the file
    // gives 0 then 1000, both final from "mid".
    // Older finals: the first row corrects all 400 (400 changes, 400 marked), the second row
    // corrects them too (400 more changes, none marked again) and conflicts with the first row.
    QTest::newRow("older finals") << "final"
                                  << "old" << 800 << 400 << 1 << 0;
    // Estimates: never corrected; each row lists 5 of them, the others counted (395; the second
    // row also the first row: 396, its list the first five stored again, so shared).
    QTest::newRow("estimates") << "estimate"
                               << "old" << 0 << 0 << 2 << 395;
    // Newer finals: each row is corrected by the newest (the first found in id order: id 1).
    QTest::newRow("newer finals") << "final"
                                  << "new" << 2 << 0 << 0 << 0;
}

void tst_ImportClassifier::manyStoredFigures()
{
    QFETCH(QString, status);
    QFETCH(QString, source);
    QFETCH(int, changes);
    QFETCH(int, supersede);
    QFETCH(int, conflicts);
    QFETCH(int, more);
    QList<Observation> stored;
    for (int id = 400; id >= 1; --id)
        stored << figure(QStringLiteral("%1:%1:%2:%3").arg(id).arg(status, source), true);
    QList<Observation> additions = {figure(QStringLiteral("0:final:mid"), false),
                                    figure(QStringLiteral("1000:final:mid"), false)};
    const ImportClassifier::Result r = ImportClassifier::classify(&additions, stored, sources(), 5);
    QCOMPARE(r.changes.size(), changes);
    QCOMPARE(r.supersede.size(), supersede);
    QCOMPARE(r.conflicts.size(), conflicts);
    if (!r.conflicts.isEmpty())
        QCOMPARE(r.conflicts.first().more, more);
    if (status == QLatin1String("estimate")) {
        // The five listed are the first in id order, for both rows; the second row counts the
        // first row among the others.
        QCOMPARE(r.conflicts.at(1).more, 396);
        QCOMPARE(r.listed.size(), 1); // both rows list the same five: one list
        for (const auto& c : r.conflicts) {
            QCOMPARE(r.listed.at(c.others), (QList<qint64>{1, 2, 3, 4, 5}));
        }
        // What the caller reads whole: the five, once.
        QCOMPARE(r.storedNamed(), (QList<qint64>{1, 2, 3, 4, 5}));
    }
    if (status == QLatin1String("final") && source == QLatin1String("old")) {
        QCOMPARE(r.supersede.first(), qint64(1)); // in id order
        QCOMPARE(r.supersede.last(), qint64(400));
        QCOMPARE(r.conflicts.first().addition, 1);
        QCOMPARE(r.listed.at(r.conflicts.first().others), QList<qint64>{-1}); // addition 0
        QCOMPARE(r.storedNamed().size(), 400); // every stored figure the changes name, once
        QCOMPARE(r.storedNamed().first(), qint64(1));
        QCOMPARE(r.storedNamed().last(), qint64(400));
    }
    if (status == QLatin1String("final") && source == QLatin1String("new")) {
        QCOMPARE(r.stored, QList<qint64>{1});
        QCOMPARE(additions.at(0).status, Term::Status::Superseded);
        QCOMPARE(additions.at(1).status, Term::Status::Superseded);
    }
}

void tst_ImportClassifier::keys()
{
    const Observation a = figure(QStringLiteral("1:100:final:old"), true);
    Observation b = a;
    QCOMPARE(FigureKey::of(a), FigureKey::of(b));
    QCOMPARE(qHash(FigureKey::of(a)), qHash(FigureKey::of(b)));
    b.value = 101;
    QVERIFY(!(FigureKey::of(a) == FigureKey::of(b)));
    QVERIFY(QuantityKey::of(a) == QuantityKey::of(b));
    b.region = QStringLiteral("CN");
    QVERIFY(!(QuantityKey::of(a) == QuantityKey::of(b)));
    // The fields stay apart: "a|b" + "c" is not "a" + "b|c".
    Observation c = a;
    c.series = a.series + QLatin1Char('|') + a.period.code();
    c.period = Period();
    QVERIFY(!(QuantityKey::of(a) == QuantityKey::of(c)));
}

QTEST_GUILESS_MAIN(tst_ImportClassifier)
#include "tst_importclassifier.moc"
