// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingexport.h"

#include "core/catalog.h"
#include "core/terms.h"
#include "languagescope.h"
#include "storage/savetarget.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace {
const QString FolderKey = QStringLiteral("briefing/folder");
const QString PaperKey = QStringLiteral("briefing/paper");
} // namespace

BriefingDialog::BriefingDialog(const QString& language, QPageSize::PageSizeId paper,
                               QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
{
    setObjectName(QStringLiteral("briefingDialog"));
    setWindowTitle(tr("Export Briefing"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(language == QLatin1String("ko") ? 1 : 0);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(paper == QPageSize::Letter ? 1 : 0);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Paper:"), m_paper);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString BriefingDialog::language() const
{
    return m_language->currentData().toString();
}

QPageSize::PageSizeId BriefingDialog::paper() const
{
    return QPageSize::PageSizeId(m_paper->currentData().toInt());
}

BriefingExport::BriefingExport(Catalog* catalog, FigureOptionsSource figures, QWidget* window,
                               QMenu* menu, QAction* before)
    : QObject(window)
    , m_catalog(catalog)
    , m_figures(std::move(figures))
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("exportBriefing"));
    menu->insertAction(before, m_action);
    connect(m_action, &QAction::triggered, this, &BriefingExport::ask);
    connect(this, &BriefingExport::finished, this, [this](bool, const QString& message) {
        if (auto* main = qobject_cast<QMainWindow*>(m_window))
            main->statusBar()->showMessage(message, 8000);
    });
    window->installEventFilter(this);
    retranslate();
}

bool BriefingExport::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BriefingExport::retranslate()
{
    m_action->setText(tr("Export &Briefing…"));
    m_action->setStatusTip(tr("Save a briefing pack: every figure with its values, the caveats, "
                              "the audit summary and every source, as one PDF"));
}

void BriefingExport::ask()
{
    if (isRunning() || !m_catalog->require(Datasets::names()))
        return;
    QSettings settings;
    const QString language = LanguageScope::current();
    const auto paper =
        BriefingOptions::paperFromName(settings.value(PaperKey).toString())
            .value_or(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                 : QPageSize::A4);
    BriefingDialog dialog(language, paper, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder =
        settings
            .value(FolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Briefing"),
        QDir(folder).filePath(BriefingWriter::fileName(dialog.language())),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(FolderKey, QFileInfo(path).absolutePath());
    settings.setValue(PaperKey, BriefingOptions::paperName(dialog.paper()));
    if (!start(path, dialog.language(), dialog.paper()))
        QMessageBox::warning(m_window, tr("Export Briefing"),
                             SaveTarget::check(path).isEmpty() ? tr("A briefing is being drawn.")
                                                               : SaveTarget::check(path));
}

bool BriefingExport::start(const QString& path, const QString& language,
                           QPageSize::PageSizeId paper)
{
    if (isRunning())
        return false;
    const QString problem = SaveTarget::check(path);
    if (!problem.isEmpty()) {
        emit finished(false, problem);
        return false;
    }
    // Every figure and the audit: the datasets of the pages not shown yet are read now (the
    // window says why when they cannot be, Catalog::loadFailed).
    if (!m_catalog->require(Datasets::names())) {
        emit finished(false, QString());
        return false;
    }
    BriefingOptions options;
    options.language = language; // given, never read on another thread
    options.paper = paper;
    options.figures = m_figures ? m_figures() : QMap<FigureKind, FigureOptions>();
    m_path = path;
    m_writer = std::make_unique<BriefingWriter>(m_catalog, options);
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("briefingProgress"));
    m_progress->setWindowTitle(tr("Export Briefing"));
    m_progress->setLabelText(tr("Laying out the briefing…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 0);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, this, &BriefingExport::cancel);
    m_progress->show();
    // Each step is one turn of the event loop: the window repaints and Cancel is heard between.
    QTimer::singleShot(0, this, &BriefingExport::step);
    return true;
}

void BriefingExport::step()
{
    if (!m_writer)
        return;
    if (m_writer->pageCount() == 0) {
        QString error;
        if (!m_writer->start(&error) || m_writer->pageCount() == 0)
            return done(false, error);
        if (m_progress)
            m_progress->setRange(0, m_writer->pageCount());
    } else if (!m_writer->atEnd()) {
        if (!m_writer->drawNext())
            return done(false, tr("The briefing could not be drawn as PDF."));
    } else {
        QString error;
        const QByteArray pdf = m_writer->finish(&error);
        if (pdf.isEmpty() || !SaveTarget::write(m_path, pdf, &error))
            return done(false, error);
        return done(true, tr("Briefing written: %1").arg(QDir::toNativeSeparators(m_path)));
    }
    if (m_progress) {
        const int drawn = m_writer->pagesDrawn();
        const int total = m_writer->pageCount();
        m_progress->setLabelText(
            tr("Drawing page %1 of %2…").arg(std::min(drawn + 1, total)).arg(total));
        // A modal progress dialog handles events here: Cancel may end the export.
        m_progress->setValue(drawn);
    }
    if (m_writer)
        QTimer::singleShot(0, this, &BriefingExport::step);
}

void BriefingExport::cancel()
{
    if (!m_writer)
        return;
    done(false, tr("Briefing cancelled: no file was written."));
}

void BriefingExport::done(bool ok, const QString& message)
{
    m_writer.reset();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
    }
    emit finished(ok, message);
}
