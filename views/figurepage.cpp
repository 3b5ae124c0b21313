// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurepage.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "itemmodels/destinationsmodel.h"

#include "adaptivelayout.h"
#include "figurechartbase.h"
#include "figureoptionswidget.h"

#include "chartview.h"
#include "core/figureyears.h"
#include "itemmodels/roles.h"
#include "tablecopy.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QPainter>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr quint32 StateMagic = 0x43524650; // "CRFP"
constexpr quint32 StateVersion = 2;        // 2: years 0 and 0 are the default range

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}
} // namespace

FigurePage::FigurePage(FigureChart* figure, QWidget* parent)
    : QWidget(parent)
    , m_figure(figure)
    , m_view(new ChartView(figure, this))
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_caveatRow(new QWidget(this))
    , m_caveat(new QLabel(m_caveatRow))
    , m_caveatIcon(new QLabel(m_caveatRow))
    , m_caveatMore(new QToolButton(m_caveatRow))
    , m_controls(FigureOptionsWidget::create(figure->figure(), this))
    , m_reset(new QToolButton(m_controls))
{
    m_figure->setParent(this);
    setObjectName(figure->figure()->name());

    // The figure's own options, then Reset zoom at the end of the bar.
    m_reset->setObjectName(QStringLiteral("resetZoom"));
    m_reset->setEnabled(false);
    m_reset->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_controls->addTrailing(m_reset);
    connect(m_controls, &FigureOptionsWidget::edited, this, &FigurePage::applyControls);
    connect(m_controls, &FigureOptionsWidget::yearsChosen, this, &FigurePage::chooseYears);

    m_caveat->setWordWrap(true);
    m_caveat->setTextFormat(Qt::PlainText);
    m_caveat->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caveat->setObjectName(QStringLiteral("caveat"));
    m_caveatIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(18, 18));
    m_caveatIcon->setAlignment(Qt::AlignTop);
    auto* caveatLayout = new QHBoxLayout(m_caveatRow);
    caveatLayout->setContentsMargins(10, 6, 10, 6);
    caveatLayout->setSpacing(8);
    caveatLayout->addWidget(m_caveatIcon);
    caveatLayout->addWidget(m_caveat, 1);
    // On a compact page the caveat is one line; More shows all of it.
    m_caveatMore->setObjectName(QStringLiteral("caveatMore"));
    m_caveatMore->setCheckable(true);
    m_caveatMore->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_caveatMore->setAutoRaise(true);
    m_caveatMore->hide();
    caveatLayout->addWidget(m_caveatMore, 0, Qt::AlignTop);
    connect(m_caveatMore, &QToolButton::toggled, this, [this] {
        retranslateCaveatToggle();
        fitCaveat();
    });

    auto* chartPane = new QWidget(m_splitter);
    auto* chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_view, 1);
    chartLayout->addWidget(m_caveatRow);

    m_proxy->setSourceModel(m_figure->figure()->model());
    m_proxy->setSortRole(roleId(DataRole::Sort));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the model's order
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    // Tab leaves the table (the arrow keys move between cells).
    m_table->setTabKeyNavigation(false);
    m_copy = TableCopy::install(m_table);
    m_copyWithSources = TableCopy::installWithSources(m_table, [this](const QString& id) {
        const Source source =
            m_figure->figure()->catalog() ? m_figure->figure()->catalog()->source(id) : Source();
        return source.id.isEmpty() ? QString() : Formatter().citation(source);
    });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_splitter->addWidget(chartPane);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->installEventFilter(this);
    m_caveat->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_controls);
    layout->addWidget(m_splitter, 1);

    // The table and the chart select together.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const QModelIndex source = m_proxy->mapToSource(current);
                m_figure->select(source);
                if (!m_syncing)
                    emit currentChanged(source);
            });
    connect(m_figure, &FigureChart::clicked, this, &FigurePage::setCurrentIndex);
    // A page made before its figures are read (the window reads them when it is first shown,
    // issue 23) lays out its chart and table once they are there: the splitter divides the
    // page from what they need then, as on a page made with its figures.
    m_splitter->setVisible(hasData());
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_splitter->isHidden() && hasData())
            m_splitter->show();
        // New rows (another range, or an import): the selection is gone, the years may differ.
        if (!m_syncing && !revealNewYears())
            syncControls();
        emit currentChanged({});
    });
    connect(m_figure, &FigureChart::rebuilt, this, &FigurePage::updateCaveat);
    connect(m_view, &ChartView::hovered, this, &FigurePage::statusMessage);
    connect(m_view, &ChartView::zoomChanged, m_reset, &QToolButton::setEnabled);
    connect(m_reset, &QToolButton::clicked, this, &FigurePage::resetZoom);
    connect(m_view, &ChartView::stepRequested, this, &FigurePage::step);

    // Tab in reading order: the options, the chart, the table.
    QList<QWidget*> order = m_controls->tabOrder();
    order << m_reset << m_view << m_table;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    followPalette();
    syncControls();
    retranslate();
    if (const auto years = m_figure->figure()->dataYears())
        m_dataYears = {m_figure->figure()->options().quarterly, years->second};
}

bool FigurePage::hasData() const
{
    return m_figure->figure()->holdsData();
}

bool FigurePage::revealNewYears()
{
    // An import that adds a later year shows it: a range that ended at the newest year (or the
    // opening range) grows to the new newest year, instead of hiding what was just imported.
    const auto years = m_figure->figure()->dataYears();
    if (!years)
        return false;
    const auto [quarterly, before] = m_dataYears;
    FigureOptions o = m_figure->figure()->options();
    m_dataYears = {o.quarterly, years->second};
    if (quarterly != o.quarterly || years->second <= before || before == 0)
        return false;
    const auto shown = m_figure->figure()->yearsShown();
    if (!shown || shown->second >= years->second || (o.lastYear != 0 && o.lastYear < before))
        return false;
    o.lastYear = years->second;
    if (o.firstYear == 0)
        o.firstYear = shown->first;
    m_view->resetZoom();
    setOptions(o);
    return true;
}

FigureOptions FigurePage::options() const
{
    return m_figure->figure()->options();
}

void FigurePage::setOptions(const FigureOptions& options)
{
    m_figure->setOptions(options);
    syncControls();
}

void FigurePage::syncControls()
{
    m_controls->sync();
    updateCaveat();
}

void FigurePage::applyControls(const FigureOptions& options)
{
    m_view->resetZoom();
    setOptions(options);
}

void FigurePage::chooseYears(int first, int last)
{
    FigureOptions o = m_figure->figure()->options();
    o.firstYear = first;
    o.lastYear = last;
    m_view->resetZoom();
    setOptions(o);
}

void FigurePage::updateCaveat()
{
    m_caveatFull = m_figure->figure()->caveat();
    m_caveatRow->setVisible(!m_caveatFull.isEmpty());
    fitCaveat();
}

void FigurePage::retranslateCaveatToggle()
{
    m_caveatMore->setText(m_caveatMore->isChecked() ? tr("Less") : tr("More"));
    m_caveatMore->setToolTip(m_caveatMore->isChecked() ? tr("Show the caveat on one line")
                                                       : tr("Show the whole caveat"));
}

void FigurePage::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    if (auto* base = qobject_cast<FigureChartBase*>(m_figure))
        base->setCompactKey(compact);
    fitCaveat();
    fitTable();
}

void FigurePage::fitCaveat()
{
    // One line when the page is compact and the reader has not asked for more; the whole text
    // in the tooltip. A label that does not wrap must not ask for its text's width.
    const bool oneLine = m_compact && !m_caveatMore->isChecked();
    QString shown = m_caveatFull;
    bool elided = false;
    if (m_compact) {
        const int width = std::max(40, m_caveat->width());
        const QString line = m_caveat->fontMetrics().elidedText(
            QString(m_caveatFull).replace(QLatin1Char('\n'), QLatin1Char(' ')), Qt::ElideRight,
            width);
        elided = line != m_caveatFull;
        if (oneLine)
            shown = line;
    }
    // (A wrapping label's height follows its width: keep QLabel's height-for-width.)
    QSizePolicy policy = m_caveat->sizePolicy();
    policy.setHorizontalPolicy(oneLine ? QSizePolicy::Ignored : QSizePolicy::Preferred);
    policy.setHeightForWidth(!oneLine);
    m_caveat->setSizePolicy(policy);
    m_caveat->setWordWrap(!oneLine);
    m_caveat->setText(shown);
    m_caveat->setToolTip(oneLine && elided ? m_caveatFull : QString());
    m_caveatMore->setVisible(m_compact && (elided || m_caveatMore->isChecked()));
}

void FigurePage::fitTable()
{
    if (!m_compact)
        return;
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 2)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    const int most = AdaptiveLayout::compactTableHeight(total);
    if (total <= 0 || sizes.at(1) <= most)
        return;
    m_splitter->setSizes({total - most, most});
}

void FigurePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    setCompact(AdaptiveLayout::compactPage(event->size().height()));
    fitCaveat();
}

bool FigurePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        fitTable();
    else if (watched == m_caveat && event->type() == QEvent::Resize && m_compact)
        fitCaveat(); // the one line follows the label's width
    return QWidget::eventFilter(watched, event);
}

void FigurePage::followPalette()
{
    m_figure->setTheme(isDark(palette()) ? Theme::Dark : Theme::Light);
    m_caveatRow->setAutoFillBackground(true);
    QPalette p = m_caveatRow->palette();
    p.setColor(QPalette::Window, palette().color(QPalette::AlternateBase));
    m_caveatRow->setPalette(p);
    m_view->setBackgroundBrush(palette().color(QPalette::Base));
}

QModelIndex FigurePage::currentIndex() const
{
    return m_proxy->mapToSource(m_table->currentIndex());
}

void FigurePage::setCurrentIndex(const QModelIndex& sourceIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid()) {
        m_table->selectionModel()->clear();
        m_figure->select({});
        emit currentChanged({});
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(index);
}

void FigurePage::resetZoom()
{
    m_view->resetZoom();
}

void FigurePage::step(ChartView::Step step)
{
    const QModelIndex selected = m_figure->selected();
    const int rows = m_proxy->rowCount();
    int column = selected.isValid() ? selected.column() : -1;
    for (int row = 0; row < rows && column < 0; ++row) {
        for (int c = 0; c < m_proxy->columnCount() && column < 0; ++c) {
            if (m_figure->positionOf(m_proxy->mapToSource(m_proxy->index(row, c))))
                column = m_proxy->mapToSource(m_proxy->index(row, c)).column();
        }
    }
    if (column < 0)
        return;
    QList<QModelIndex> drawn; // the column's figures in the table's order
    const int proxyColumn =
        m_proxy->mapFromSource(m_figure->figure()->model()->index(0, column)).column();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, proxyColumn));
        if (m_figure->positionOf(source))
            drawn << source;
    }
    if (drawn.isEmpty())
        return;
    const qsizetype at = drawn.indexOf(selected);
    qsizetype next = 0;
    switch (step) {
    case ChartView::Step::First:
        next = 0;
        break;
    case ChartView::Step::Last:
        next = drawn.size() - 1;
        break;
    case ChartView::Step::Previous:
        next = at < 0 ? drawn.size() - 1 : std::max<qsizetype>(at - 1, 0);
        break;
    case ChartView::Step::Next:
        next = at < 0 ? 0 : std::min<qsizetype>(at + 1, drawn.size() - 1);
        break;
    }
    const QModelIndex target = drawn.at(next);
    if (target != selected)
        setCurrentIndex(target);
    if (const auto position = m_figure->positionOf(target)) {
        m_view->reveal(*position);
        // Said in the status bar too (and to a screen reader): the figure and its period.
        emit statusMessage(m_figure->toolTipAt(*position).section(QLatin1Char('\n'), 0, 0));
    }
}

QByteArray FigurePage::saveState() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    const FigureOptions o = m_figure->figure()->options();
    out << StateMagic << StateVersion << m_splitter->saveState() << o.annotations << o.bars
        << o.sexSplit << o.quarterly << qint32(o.firstYear) << qint32(o.lastYear) << o.logScale
        << qint32(o.destinationsView) << o.hiddenSeries;
    return data;
}

bool FigurePage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray splitter;
    FigureOptions o = m_figure->figure()->options();
    qint32 first = 0;
    qint32 last = 0;
    qint32 view = 0;
    in >> magic >> version;
    if (magic != StateMagic || version < 1 || version > StateVersion)
        return false;
    in >> splitter >> o.annotations >> o.bars >> o.sexSplit >> o.quarterly >> first >> last >>
        o.logScale >> view >> o.hiddenSeries;
    if (in.status() != QDataStream::Ok)
        return false;
    o.firstYear = first;
    o.lastYear = last;
    // Before 0.2 the figure opened on a fixed range, the span of the original briefs (arrivals
    // 1998–2022), which every saved state recorded: such a state opens on the default range,
    // which follows the data.
    const auto brief = FigureYears::briefSpan(m_figure->figure()->name());
    if (version == 1 && brief && first == brief->first && last == brief->last)
        o.firstYear = o.lastYear = 0;
    o.destinationsView =
        static_cast<DestinationsView>(std::clamp(int(view), 0, DestinationsModel::ViewCount - 1));
    m_splitter->restoreState(splitter);
    setOptions(o);
    return true;
}

void FigurePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        followPalette();
    QWidget::changeEvent(event);
}

void FigurePage::retranslate()
{
    m_figure->retranslate();
    m_controls->retranslate();
    setWindowTitle(m_controls->pageTitle());
    m_view->setAccessibleName(tr("Chart: %1").arg(m_figure->figure()->title()));
    m_view->viewport()->setAccessibleName(m_view->accessibleName());
    m_view->setAccessibleDescription(
        tr("Click a point, bar or bracket to select its figure, or a legend entry to hide or "
           "show its series. Left and Right select the previous or next figure, Home and End the "
           "first and last; + and - zoom, 0 resets, Shift and the arrow keys pan a zoomed chart."));
    m_view->setToolTip(QString());
    m_table->setAccessibleName(tr("Table: %1").arg(m_figure->figure()->title()));
    m_table->setAccessibleDescription(
        tr("The figures of the chart; Ctrl+C copies the selected cells."));
    m_copy->setText(tr("Copy"));
    m_copyWithSources->setText(tr("Copy with Sources"));
    m_copyWithSources->setToolTip(
        tr("Copy the selected cells with a column numbering their sources, listed below them"));
    m_caveat->setAccessibleName(tr("Caveat"));
    retranslateCaveatToggle();
    m_reset->setText(tr("Reset &zoom"));
    m_reset->setToolTip(tr("Show the whole figure again (0)"));
    updateCaveat();
}

QIcon FigurePage::icon(FigureKind kind, const QPalette& palette)
{
    return FigureOptionsWidget::icon(kind, palette);
}
