// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkexports.h"

#include "briefingwriter.h"
#include "core/catalog.h"
#include "core/formatter.h"
#include "core/terms.h"
#include "exportrecipe.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString verdictText(ExportCheck::Verdict v)
{
    switch (v) {
    case ExportCheck::Verdict::Current:
        return CheckExportsDialog::tr("current");
    case ExportCheck::Verdict::Outdated:
        return CheckExportsDialog::tr("outdated");
    case ExportCheck::Verdict::CannotTell:
        return CheckExportsDialog::tr("cannot tell");
    case ExportCheck::Verdict::Unreadable:
        break;
    }
    return CheckExportsDialog::tr("could not be read");
}
} // namespace

CheckExportsDialog::CheckExportsDialog(Catalog* catalog, const QStringList& files, QWidget* parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_files(files)
    , m_report(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_again(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("checkExportsDialog"));
    setWindowTitle(tr("Check Exported Figures"));
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setHeaderLabels({tr("File"), tr("Verdict")});
    m_report->setAccessibleName(tr("Exported figures and whether each is current"));
    m_report->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    m_again->setObjectName(QStringLiteral("exportAgain"));
    m_again->setText(tr("Export &Again"));
    m_again->setToolTip(tr("Draw the selected figure again on today's data, next to the old file"));
    m_again->setEnabled(false);
    m_open->setObjectName(QStringLiteral("openFigure"));
    m_open->setText(tr("&Open This Figure"));
    m_open->setToolTip(tr("Show the selected figure in the window with the same years and "
                          "options, the changed figures ringed"));
    m_open->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_again, &QPushButton::clicked, this, [this] {
        if (selectedRow() >= 0)
            exportAgain(selectedRow());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (selectedRow() >= 0)
            openFigure(selectedRow());
    });
    connect(m_report, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = selectedRow();
        const bool outdated =
            row >= 0 && m_results.at(row).verdict == ExportCheck::Verdict::Outdated;
        m_again->setEnabled(outdated);
        // One figure can be shown; a briefing pack has several.
        m_open->setEnabled(outdated &&
                           ExportRecipe::fromProvenance(m_results.at(row).provenance).has_value());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 360);
    fill();
}

void CheckExportsDialog::fill()
{
    const ExportCheck::Replot replot = [this](const QJsonObject& provenance) {
        const auto recipe = ExportRecipe::fromProvenance(provenance);
        return recipe ? std::optional<QList<Observation>>(recipe->plotted(m_catalog))
                      : std::nullopt;
    };
    for (const QString& file : std::as_const(m_files)) {
        const ExportCheck::Result r = ExportCheck::checkFile(file, *m_catalog, replot);
        m_results << r;
        auto* item =
            new QTreeWidgetItem(m_report, {QFileInfo(file).fileName(), verdictText(r.verdict)});
        item->setToolTip(0, QDir::toNativeSeparators(file));
        if (r.verdict == ExportCheck::Verdict::CannotTell ||
            r.verdict == ExportCheck::Verdict::Unreadable) {
            QString why = r.message;
            if (r.format == QLatin1String("png"))
                why += QLatin1String("; ") +
                       tr("slide software often re-encodes images and drops their metadata: "
                          "check the PDF or SVG export, which keep it");
            new QTreeWidgetItem(item, {why});
        }
        if (r.byChecksum)
            new QTreeWidgetItem(item, {tr("exported by Crossings 0.1: a figure changed, but "
                                          "which one cannot be named")});
        for (const ExportCheck::Change& c : r.changes)
            new QTreeWidgetItem(item, {ExportCheck::describe(c, *m_catalog)});
        item->setExpanded(true);
    }
    m_report->header()->setStretchLastSection(true);
}

int CheckExportsDialog::selectedRow() const
{
    const QModelIndex index = m_report->currentIndex();
    const QModelIndex top = index.parent().isValid() ? index.parent() : index;
    return top.isValid() ? top.row() : -1;
}

QString CheckExportsDialog::againPath(const QString& file)
{
    const QFileInfo old(file);
    for (int n = 1;; ++n) {
        const QString name =
            n == 1 ? QStringLiteral("%1-current.%2").arg(old.completeBaseName(), old.suffix())
                   : QStringLiteral("%1-current-%2.%3")
                         .arg(old.completeBaseName())
                         .arg(n)
                         .arg(old.suffix());
        const QString path = old.dir().filePath(name);
        if (!QFileInfo::exists(path))
            return path;
    }
}

void CheckExportsDialog::openFigure(int row)
{
    if (row < 0 || row >= m_results.size() ||
        m_results.at(row).verdict != ExportCheck::Verdict::Outdated)
        return;
    emit openRequested(m_results.at(row), m_files.at(row));
}

QString CheckExportsDialog::exportAgain(int row)
{
    if (row < 0 || row >= m_results.size())
        return {};
    const QString path = againPath(m_files.at(row));
    QString error;
    if (const auto briefing = BriefingOptions::fromProvenance(m_results.at(row).provenance)) {
        BriefingWriter writer(m_catalog, *briefing);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool written = writer.write(path, &error);
        QApplication::restoreOverrideCursor();
        if (!written) {
            m_status->setText(error);
            return {};
        }
        m_status->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
        return path;
    }
    const auto recipe = ExportRecipe::fromProvenance(m_results.at(row).provenance);
    if (!recipe)
        return {};
    const QFileInfo old(m_files.at(row));
    ExportSettings settings = recipe->settings;
    if (const auto format = ExportSettings::formatOf(old.fileName()))
        settings.format = *format;
    const FigureRenderer renderer(recipe->kind, m_catalog, recipe->options);
    if (!renderer.write(path, settings, &error)) {
        m_status->setText(error);
        return {};
    }
    m_status->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
    return path;
}

CheckExports::CheckExports(Catalog* catalog, QMainWindow* window, QMenu* menu, QAction* before)
    : QObject(window)
    , m_catalog(catalog)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("checkExports"));
    menu->insertAction(before, m_action);
    connect(m_action, &QAction::triggered, this, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(m_window, tr("Check Exported Figures"), QString(),
                                          tr("Exported figures (*.png *.pdf *.svg)"));
        if (!files.isEmpty())
            if (CheckExportsDialog* dialog = check(files))
                dialog->open();
    });
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    retranslate();
}

CheckExportsDialog* CheckExports::check(const QStringList& files)
{
    // An export may be of any figure: every dataset is read now (the window says why when it
    // cannot be, Catalog::loadFailed).
    if (!m_catalog->require(Datasets::names()))
        return nullptr;
    auto* dialog = new CheckExportsDialog(m_catalog, files, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CheckExportsDialog::openRequested, this, &CheckExports::openRequested);
    return dialog;
}

QStringList CheckExports::exportedFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && ExportSettings::formatOf(path))
            files << path;
    }
    return files;
}

bool CheckExports::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::DragEnter) {
            auto* e = static_cast<QDragEnterEvent*>(event);
            if (!exportedFiles(e->mimeData()).isEmpty()) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* e = static_cast<QDropEvent*>(event);
            const QStringList files = exportedFiles(e->mimeData());
            if (!files.isEmpty()) {
                e->acceptProposedAction();
                if (CheckExportsDialog* dialog = check(files))
                    dialog->open();
                return true;
            }
        } else if (event->type() == QEvent::LanguageChange) {
            retranslate();
        }
    }
    return QObject::eventFilter(watched, event);
}

void CheckExports::retranslate()
{
    m_action->setText(tr("Chec&k Exported Figures…"));
    m_action->setStatusTip(
        tr("Say whether exported figures (PNG, PDF, SVG) are still current, and draw them again"));
}
