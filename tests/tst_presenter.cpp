// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode by keyboard alone, as a presenter uses it in a meeting room: F5 enters on the
// current figure, Right/Left step through its figures with the value and its source shown large,
// Page Down/Up change the figure, L switches the language inside it, Escape leaves. Asserts what
// the audience sees (the chart's title, the value, its source, the sources line); and
// `crossings --present` refuses a figure it does not know.
#include "application.h"
#include "clirunner.h"
#include "core/catalog.h"
#include "figurepage.h"
#include "mainwindow.h"
#include "presenterwindow.h"
#include "warningcollector.h"
#include "windowfixture.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFontInfo>
#include <QLabel>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_Presenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void byKeyboardAlone();
    void typeIsReadableFromTheBack_data();
    void typeIsReadableFromTheBack();
    void presentOption_data();
    void presentOption();

private:
    /// F5 on the window: the presenter, at a projector's 1280×720.
    PresenterWindow* enter(MainWindow* window);

    WindowFixture m_fixture;
};

void tst_Presenter::initTestCase()
{
    const QString problem = m_fixture.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Presenter::init()
{
    const QString problem = m_fixture.reset();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_Presenter::cleanup()
{
    m_fixture.catalog.reset();
    QVERIFY2(TestSupport::WarningCollector::isEmpty(), TestSupport::WarningCollector::report());
}

PresenterWindow* tst_Presenter::enter(MainWindow* window)
{
    QTest::keyClick(window, Qt::Key_F5);
    PresenterWindow* presenter = window->presenter();
    if (!presenter)
        return nullptr;
    presenter->showNormal();
    presenter->resize(1280, 720);
    if (!QTest::qWaitForWindowExposed(presenter))
        return nullptr;
    QCoreApplication::processEvents();
    return presenter;
}

void tst_Presenter::byKeyboardAlone()
{
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    window->showPage(0); // arrivals
    QPointer<PresenterWindow> presenter = enter(window.get());
    QVERIFY(presenter);
    QVERIFY(presenter->isVisible());
    QCOMPARE(presenter->titleText(),
             QStringLiteral("North Korean defectors arriving in South Korea"));
    // The sources line is on screen from the start: the MOU's tables.
    QVERIFY2(presenter->sourcesText().contains(QStringLiteral("Ministry of Unification (MOU)")),
             qPrintable(presenter->sourcesText()));
    QVERIFY(presenter->findChild<QLabel*>(QStringLiteral("presenterSources"))->isVisible());
    QVERIFY(presenter->valueText().isEmpty());

    // Right: the first figure of the table, everything up to 1998 (947, MOU table).
    QTest::keyClick(presenter, Qt::Key_Right);
    QVERIFY2(presenter->valueText().contains(QStringLiteral("947")),
             qPrintable(presenter->valueText()));
    QVERIFY2(presenter->valueText().contains(QStringLiteral("1998")),
             qPrintable(presenter->valueText()));
    QVERIFY2(presenter->pointSourceText().contains(QStringLiteral("Ministry of Unification (MOU)")),
             qPrintable(presenter->pointSourceText()));
    QCOMPARE(presenter->figure()->selected(), QModelIndex(presenter->currentIndex()));
    const QString first = presenter->valueText();
    // Right again: the next figure, 1999 (148) or the MOU's 1999-2001 column (1,043).
    QTest::keyClick(presenter, Qt::Key_Right);
    QVERIFY2(presenter->valueText().contains(QStringLiteral("1999")),
             qPrintable(presenter->valueText()));
    QVERIFY2(presenter->valueText().contains(QStringLiteral("148")) ||
                 presenter->valueText().contains(QStringLiteral("1,043")),
             qPrintable(presenter->valueText()));
    // Left: back.
    QTest::keyClick(presenter, Qt::Key_Left);
    QCOMPARE(presenter->valueText(), first);
    // Left at the first figure stays there.
    QTest::keyClick(presenter, Qt::Key_Left);
    QCOMPARE(presenter->valueText(), first);

    // Page Down: the trade figure, nothing stepped to yet; Page Up: back.
    QTest::keyClick(presenter, Qt::Key_PageDown);
    QCOMPARE(presenter->titleText(), QStringLiteral("China–North Korea trade collapses in 2020"));
    QCOMPARE(presenter->figure()->figure()->kind(), FigureKind::Trade);
    QVERIFY(presenter->valueText().isEmpty());
    QVERIFY2(presenter->sourcesText().startsWith(QStringLiteral("Sources: ")),
             qPrintable(presenter->sourcesText()));
    QTest::keyClick(presenter, Qt::Key_Right);
    QVERIFY(!presenter->valueText().isEmpty());
    QVERIFY(presenter->pointSourceText().startsWith(QStringLiteral("Source: ")));
    QTest::keyClick(presenter, Qt::Key_PageDown);
    QCOMPARE(presenter->figure()->figure()->kind(), FigureKind::Destinations);
    QTest::keyClick(presenter, Qt::Key_PageDown); // the last figure: stays
    QCOMPARE(presenter->figure()->figure()->kind(), FigureKind::Destinations);
    QTest::keyClick(presenter, Qt::Key_PageUp);
    QTest::keyClick(presenter, Qt::Key_PageUp);
    QCOMPARE(presenter->figure()->figure()->kind(), FigureKind::Arrivals);
    QCOMPARE(presenter->titleText(),
             QStringLiteral("North Korean defectors arriving in South Korea"));

    // L: Korean, inside the presenter; what is shown follows.
    QTest::keyClick(presenter, Qt::Key_Right);
    QVERIFY(presenter->valueText().contains(QStringLiteral("947")));
    QTest::keyClick(presenter, Qt::Key_L);
    QCOMPARE(m_fixture.language->language(), QStringLiteral("ko"));
    QCoreApplication::processEvents();
    QCOMPARE(presenter->titleText(), QStringLiteral("탈북민 국내 입국 인원"));
    QVERIFY2(presenter->valueText().contains(QStringLiteral("947")),
             qPrintable(presenter->valueText()));
    QVERIFY2(presenter->pointSourceText().startsWith(QStringLiteral("출처")),
             qPrintable(presenter->pointSourceText()));
    QVERIFY2(presenter->sourcesText().contains(QStringLiteral("통일부")),
             qPrintable(presenter->sourcesText()));
    QVERIFY2(presenter->findChild<QLabel*>(QStringLiteral("presenterHint"))
                 ->text()
                 .contains(QStringLiteral("English")),
             qPrintable(presenter->findChild<QLabel*>(QStringLiteral("presenterHint"))->text()));
    QTest::keyClick(presenter, Qt::Key_PageDown);
    QCOMPARE(presenter->titleText(), QStringLiteral("북중 교역, 2020년 급감"));
    // And back to English.
    QTest::keyClick(presenter, Qt::Key_L);
    QCOMPARE(m_fixture.language->language(), QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(presenter->titleText(), QStringLiteral("China–North Korea trade collapses in 2020"));

    // Escape leaves; the window shows the figure presented last.
    QTest::keyClick(presenter, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(presenter.isNull());
    QVERIFY(!window->presenter());
    QVERIFY(window->currentFigure());
    QCOMPARE(window->currentFigure()->figure()->kind(), FigureKind::Trade);
    // F5 again (in the window, active again) opens it on that figure.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    presenter = enter(window.get());
    QVERIFY(presenter);
    QCOMPARE(presenter->figure()->figure()->kind(), FigureKind::Trade);
    QTest::keyClick(presenter, Qt::Key_Escape);
}

void tst_Presenter::typeIsReadableFromTheBack_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("ko") << "ko";
}

void tst_Presenter::typeIsReadableFromTheBack()
{
    QFETCH(QString, language);
    QVERIFY(m_fixture.language->setLanguage(language));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    auto window = m_fixture.makeWindow();
    QVERIFY(window);
    PresenterWindow* presenter = enter(window.get());
    QVERIFY(presenter);
    for (int i = 0; i < 12; ++i) // 2009, the peak
        QTest::keyClick(presenter, Qt::Key_Right);
    QCoreApplication::processEvents();
    if (const QString dir = qEnvironmentVariable("CROSSINGS_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(presenter->grab().save(dir +
                                       QStringLiteral("/presenter-%1-1280x720.png").arg(language)));
    // At 1280×720 the value is drawn about three times the window's type, the chart's axis
    // labels half as large again as the window's.
    const int base = QFontInfo(QApplication::font()).pixelSize();
    const auto* value = presenter->findChild<QLabel*>(QStringLiteral("presenterValue"));
    QVERIFY(QFontInfo(value->font()).pixelSize() >= 3 * base);
    for (QAbstractAxis* axis : presenter->figure()->chart()->axes())
        QVERIFY(QFontInfo(axis->labelsFont()).pixelSize() >= 1.4 * base);
    QVERIFY(QFontInfo(presenter->figure()->chart()->titleFont()).pixelSize() >= 2 * base);
    // Everything fits: the chart keeps most of the height, the texts below are not cut.
    QVERIFY2(presenter->chartView()->height() >= presenter->height() / 2,
             qPrintable(QString::number(presenter->chartView()->height())));
    for (const char* name :
         {"presenterValue", "presenterPointSource", "presenterSources", "presenterHint"}) {
        const auto* label = presenter->findChild<QLabel*>(QLatin1String(name));
        QVERIFY2(label->height() >= label->heightForWidth(label->width()) || !label->wordWrap(),
                 name);
        QVERIFY2(presenter->rect().contains(label->geometry()), name);
    }
    presenter->close();
}

void tst_Presenter::presentOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown figure") << QStringList{"--present", "pie"} << "unknown figure \"pie\"";
    QTest::newRow("no figure") << QStringList{"--present"} << "--present needs a figure";
    QTest::newRow("with a command")
        << QStringList{"--present", "trade", "data", "arrivals"} << "--present opens the window";
}

void tst_Presenter::presentOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const TestSupport::CliResult result = TestSupport::CliRunner(home.path()).run(args);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

QTEST_MAIN(tst_Presenter)
#include "tst_presenter.moc"
