// SPDX-License-Identifier: GPL-3.0-or-later
// File → Check Exported Figures… and dropping exported files on the window, offscreen: the report
// says current, outdated (naming the changed value) or cannot tell; Export Again draws it anew.
#include "checkexports.h"
#include "core/catalog.h"
#include "core/exportmetadata.h"
#include "figurerenderer.h"
#include "storage/store.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class tst_CheckExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdictsInTheReport();
    void dropOpensTheReport();

private:
    QString exportFigure(const QString& name);
    /// The bundled data with the plotted 2009 arrivals (2,914) changed, as a correction would.
    void correct2009(qint64 value);

    Snapshot m_snapshot;
    Catalog m_catalog;
    QTemporaryDir m_dir;
};

void tst_CheckExports::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Store store;
    QVERIFY2(store.openInMemory(), qPrintable(store.errorString()));
    QVERIFY(store.load(&m_snapshot));
    m_catalog.setSnapshot(m_snapshot);
}

QString tst_CheckExports::exportFigure(const QString& name)
{
    ExportSettings settings;
    settings.format = *ExportSettings::formatOf(name);
    settings.language = QStringLiteral("en");
    const FigureRenderer renderer(FigureKind::Arrivals, &m_catalog);
    const QString path = m_dir.filePath(name);
    QString error;
    if (!renderer.write(path, settings, &error))
        qWarning() << error;
    return path;
}

void tst_CheckExports::correct2009(qint64 value)
{
    Snapshot s = m_snapshot;
    bool found = false;
    for (Observation& o : s.observations) {
        if (o.dataset == Term::Dataset::Arrivals && o.series == QLatin1String("total") &&
            o.period.code() == QLatin1String("2009") && o.plotted) {
            QCOMPARE(o.value, 2914); // the Ministry's table (docs/ARCHITECTURE.md)
            o.value = value;
            found = true;
        }
    }
    QVERIFY(found);
    m_catalog.setSnapshot(s);
}

void tst_CheckExports::verdictsInTheReport()
{
    m_catalog.setSnapshot(m_snapshot);
    const QString png = exportFigure("a.png");
    const QString pdf = exportFigure("a.pdf");
    QFile file(png);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QFile stripped(m_dir.filePath("slide.png"));
    QVERIFY(stripped.open(QIODevice::WriteOnly));
    stripped.write(ExportMetadata::withoutPngText(file.readAll()));
    stripped.close();

    {
        CheckExportsDialog dialog(&m_catalog, {png, pdf});
        QCOMPARE(dialog.report()->topLevelItemCount(), 2);
        QCOMPARE(dialog.report()->topLevelItem(0)->text(1), QStringLiteral("current"));
        QCOMPARE(dialog.report()->topLevelItem(1)->text(1), QStringLiteral("current"));
    }
    correct2009(2913);
    CheckExportsDialog dialog(&m_catalog, {png, pdf, stripped.fileName()});
    QTreeWidget* report = dialog.report();
    QCOMPARE(report->topLevelItem(0)->text(1), QStringLiteral("outdated"));
    QCOMPARE(report->topLevelItem(0)->childCount(), 1);
    QVERIFY2(report->topLevelItem(0)->child(0)->text(0).contains("2009: 2,914 → 2,913"),
             qPrintable(report->topLevelItem(0)->child(0)->text(0)));
    QCOMPARE(report->topLevelItem(1)->text(1), QStringLiteral("outdated"));
    QCOMPARE(report->topLevelItem(2)->text(1), QStringLiteral("cannot tell"));
    QVERIFY(report->topLevelItem(2)->child(0)->text(0).contains("PDF or SVG"));

    // Export Again: enabled for an outdated file; the new file is current.
    auto* again = dialog.findChild<QPushButton*>(QStringLiteral("exportAgain"));
    QVERIFY(again);
    report->setCurrentItem(report->topLevelItem(2));
    QVERIFY(!again->isEnabled());
    report->setCurrentItem(report->topLevelItem(0));
    QVERIFY(again->isEnabled());
    again->click();
    const QString renewed = m_dir.filePath("a-current.png");
    QVERIFY(QFile::exists(renewed));
    CheckExportsDialog after(&m_catalog, {renewed});
    QCOMPARE(after.report()->topLevelItem(0)->text(1), QStringLiteral("current"));
    m_catalog.setSnapshot(m_snapshot);
}

void tst_CheckExports::dropOpensTheReport()
{
    m_catalog.setSnapshot(m_snapshot);
    const QString svg = exportFigure("d.svg");
    QMainWindow window;
    QMenu* file = window.menuBar()->addMenu(QStringLiteral("File"));
    QAction* quit = file->addAction(QStringLiteral("Quit"));
    auto* checks = new CheckExports(&m_catalog, &window, file, quit);
    QCOMPARE(file->actions().first(), checks->action());
    QCOMPARE(checks->action()->text(), QStringLiteral("Chec&k Exported Figures…"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.acceptDrops());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(svg), QUrl::fromLocalFile(m_dir.filePath("notes.txt"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    auto* dialog = window.findChild<CheckExportsDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->report()->topLevelItemCount(), 1); // only the exported figure
    QCOMPARE(dialog->report()->topLevelItem(0)->text(1), QStringLiteral("current"));
    dialog->close();

    // Nothing Crossings could have exported: the drop is not taken.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(m_dir.filePath("notes.txt"))});
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QApplication::sendEvent(&window, &other);
    QVERIFY(!other.isAccepted());
}

QTEST_MAIN(tst_CheckExports)
#include "tst_checkexports.moc"
