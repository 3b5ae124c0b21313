// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language of the full window at runtime: every visible text follows, no restart.
#include "application.h"
#include "citationpanel.h"
#include "core/catalog.h"
#include "core/formatter.h"
#include "figurepage.h"
#include "itemmodels/roles.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "ownsettings.h"
#include "storage/store.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {
bool hasHangul(const QString& s)
{
    for (const QChar c : s) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}
} // namespace

class tst_LanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeWindowFollows();
    void formatting_data();
    void dateTimes_data();
    void dateTimes();
    void formatting();

private:
    /// The texts a person sees: menus, page titles, chart and axis titles, table headers.
    QMap<QString, QStringList> visibleTexts(MainWindow& window);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<LanguageManager> m_language;
};

void tst_LanguageSwitch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::setIdentity();
    Application::setApplicationFont();
    QVERIFY2(TestSupport::settingsProblem().isEmpty(), qPrintable(TestSupport::settingsProblem()));
    QSettings().clear();
    m_store = std::make_unique<Store>();
    QVERIFY2(m_store->openInMemory(), qPrintable(m_store->errorString()));
    m_catalog = std::make_unique<Catalog>();
    QVERIFY(m_catalog->reload(*m_store));
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

/// The title as the chart draws it on screen: the text of the title item in the chart's scene
/// (the visible text item in the title font), not what the figure says its title is (issue 20: a
/// chart never re-titled would have passed).
static QString shownTitle(QChart* chart)
{
    QStringList found;
    QList<QGraphicsItem*> items = chart->childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        items += item->childItems();
        const auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
        if (text && text->isVisible() && text->font() == chart->titleFont() &&
            !text->toPlainText().isEmpty())
            found << text->toPlainText();
    }
    if (found.size() != 1)
        return QStringLiteral("<%1 title items>").arg(found.size());
    return found.constFirst();
}

QMap<QString, QStringList> tst_LanguageSwitch::visibleTexts(MainWindow& window)
{
    QMap<QString, QStringList> texts;
    for (QAction* a : window.menuBar()->actions())
        texts[QStringLiteral("menus")] << a->text();
    auto* list = window.findChild<QListWidget*>(QStringLiteral("pageList"));
    for (int i = 0; i < list->count(); ++i)
        texts[QStringLiteral("pages")] << list->item(i)->text();
    for (FigureKind kind : Figure::all()) {
        FigurePage* page = window.figurePage(kind);
        texts[QStringLiteral("chart titles")] << shownTitle(page->figure()->chart());
        for (QAbstractAxis* axis : page->figure()->chart()->axes()) {
            if (!axis->titleText().isEmpty())
                texts[QStringLiteral("axis titles")] << axis->titleText();
        }
        QAbstractItemModel* m = page->table()->model();
        for (int c = 0; c < m->columnCount(); ++c)
            texts[QStringLiteral("table headers")] << m->headerData(c, Qt::Horizontal).toString();
    }
    return texts;
}

void tst_LanguageSwitch::wholeWindowFollows()
{
    MainWindow window(m_catalog.get(), m_store.get(), m_language.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FigurePage* arrivals = window.figurePage(FigureKind::Arrivals);
    window.showPage(0);
    const QAbstractItemModel* model = arrivals->figure()->figure()->model();
    int row2009 = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(roleId(DataRole::PeriodCode)).toString() ==
            QLatin1String("2009"))
            row2009 = r;
    }
    QVERIFY(row2009 >= 0);
    arrivals->setCurrentIndex(model->index(row2009, 1));

    const auto english = visibleTexts(window);
    QVERIFY(english.value("chart titles").size() == 3);
    QVERIFY2(english.value("chart titles")
                 .contains(window.figurePage(FigureKind::Arrivals)->figure()->figure()->title()),
             qPrintable(english.value("chart titles").join(" | ")));
    QVERIFY(!english.value("axis titles").isEmpty());
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        for (const QString& t : it.value())
            QVERIFY2(!hasHangul(t), qPrintable(it.key() + QStringLiteral(": ") + t));
    }
    const QString englishPanel = window.citationPanel()->text();
    QVERIFY(englishPanel.contains(QStringLiteral("2,914")));

    // Through the Language menu, as a person would.
    auto* korean = window.findChild<QAction*>(QStringLiteral("language-ko"));
    QVERIFY(korean);
    korean->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(m_language->language(), QStringLiteral("ko"));
    // The charts lay their titles out on the next turns of the event loop, as a user sees.
    for (FigureKind kind : Figure::all())
        QTRY_VERIFY(hasHangul(shownTitle(window.figurePage(kind)->figure()->chart())));
    const auto hangul = visibleTexts(window);
    QCOMPARE(hangul.keys(), english.keys());
    for (auto it = hangul.cbegin(); it != hangul.cend(); ++it) {
        for (const QString& t : it.value()) {
            // A language's own name stays as it is: the Language menu lists "English" too.
            if (t == QLatin1String("English"))
                continue;
            QVERIFY2(hasHangul(t), qPrintable(it.key() + QStringLiteral(": ") + t));
        }
    }
    const QString koreanPanel = window.citationPanel()->text();
    QVERIFY(hasHangul(koreanPanel));
    QVERIFY2(koreanPanel.contains(QStringLiteral("2,914명")), qPrintable(koreanPanel.left(400)));
    QVERIFY(!koreanPanel.contains(QStringLiteral("Where in the source")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Crossings"));

    // And back, without a restart.
    auto* englishAction = window.findChild<QAction*>(QStringLiteral("language-en"));
    QVERIFY(englishAction);
    // Each language named in itself; English is not "American English" (issue 19.9).
    QCOMPARE(englishAction->text(), QStringLiteral("English"));
    QCOMPARE(korean->text(), QStringLiteral("한국어"));
    englishAction->trigger();
    QCoreApplication::processEvents();
    for (FigureKind kind : Figure::all())
        QTRY_VERIFY(!hasHangul(shownTitle(window.figurePage(kind)->figure()->chart())));
    QCOMPARE(visibleTexts(window), english);
    QCOMPARE(window.citationPanel()->text(), englishPanel);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

void tst_LanguageSwitch::dateTimes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QString>("expected");
    const QDateTime evening(QDate(2026, 12, 4), QTime(17, 38));
    const QDateTime morning(QDate(2026, 3, 1), QTime(9, 5));
    // Issue 19.9: the Undo dialog said "12/4/26" in both languages.
    QTest::newRow("en evening") << "en" << evening << "4 December 2026, 17:38";
    QTest::newRow("ko evening") << "ko" << evening << "2026년 12월 4일 17:38";
    QTest::newRow("en morning") << "en" << morning << "1 March 2026, 09:05";
    QTest::newRow("ko morning") << "ko" << morning << "2026년 3월 1일 09:05";
    QTest::newRow("invalid") << "en" << QDateTime() << "";
}

void tst_LanguageSwitch::dateTimes()
{
    QFETCH(QString, language);
    QFETCH(QDateTime, moment);
    QFETCH(QString, expected);
    QVERIFY(m_language->setLanguage(language));
    QCOMPARE(Formatter().dateTime(moment), expected);
}

void tst_LanguageSwitch::formatting_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en people") << "en" << qint64(1047) << "persons"
                               << ""
                               << "1,047 people";
    QTest::newRow("ko people") << "ko" << qint64(1047) << "persons"
                               << ""
                               << "1,047명";
    QTest::newRow("en one person") << "en" << qint64(1) << "persons"
                                   << ""
                                   << "1 person";
    QTest::newRow("en dollars") << "en" << qint64(18031000) << "usd"
                                << ""
                                << "$18,031,000";
    QTest::newRow("ko dollars") << "ko" << qint64(18031000) << "usd"
                                << ""
                                << "18,031,000달러";
    QTest::newRow("en about") << "en" << qint64(970) << "persons"
                              << "about"
                              << "about 970 people";
    QTest::newRow("ko about") << "ko" << qint64(970) << "persons"
                              << "about"
                              << "약 970명";
    QTest::newRow("en over") << "en" << qint64(33000) << "persons"
                             << "over"
                             << "over 33,000 people";
}

void tst_LanguageSwitch::formatting()
{
    QFETCH(QString, language);
    QFETCH(qint64, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(QString, expected);
    QVERIFY(m_language->setLanguage(language));
    QCOMPARE(Formatter().value(value, Term::fromCsv<Term::Unit>(unit).value(),
                               Term::fromCsv<Term::Qualifier>(qualifier).value()),
             expected);
    const QLocale locale;
    QCOMPARE(Formatter().date(QStringLiteral("2020-03")), language == QLatin1String("ko")
                                                              ? QStringLiteral("2020년 3월")
                                                              : QStringLiteral("March 2020"));
    QCOMPARE(Formatter().compact(18031000, Term::Unit::Usd), language == QLatin1String("ko")
                                                                 ? QStringLiteral("1,803만 달러")
                                                                 : QStringLiteral("$18.0M"));
    QCOMPARE(Period::parse(QStringLiteral("2020-03")).label(locale),
             language == QLatin1String("ko") ? QStringLiteral("2020년 3월")
                                             : QStringLiteral("Mar 2020"));
    QVERIFY(m_language->setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(tst_LanguageSwitch)
#include "tst_languageswitch.moc"
