// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurepage.h"

#include "core/catalog.h"
#include "core/formatter.h"
#include "itemmodels/destinationsmodel.h"

#include "adaptivelayout.h"
#include "figurechartbase.h"
#include "flowlayout.h"

#include "chartview.h"
#include "core/figureyears.h"
#include "itemmodels/roles.h"
#include "tablecopy.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSpinBox>
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
    , m_reset(new QToolButton(this))
{
    m_figure->setParent(this);
    setObjectName(FigureChart::name(figure->kind()));

    auto* bar = new QWidget(this);
    buildControls(bar);

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

    m_proxy->setSourceModel(m_figure->model());
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
        const Source source = m_figure->catalog() ? m_figure->catalog()->source(id) : Source();
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
    layout->addWidget(bar);
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
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
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
    QList<QWidget*> order;
    for (QWidget* w : std::initializer_list<QWidget*>{m_show, m_split, m_quarterly, m_log, m_from,
                                                      m_to, m_latestYears, m_briefYears,
                                                      m_annotations, m_reset, m_view, m_table}) {
        if (w)
            order << w;
    }
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    followPalette();
    syncControls();
    retranslate();
    if (const auto years = m_figure->dataYears())
        m_dataYears = {m_figure->options().quarterly, years->second};
}

bool FigurePage::revealNewYears()
{
    // An import that adds a later year shows it: a range that ended at the newest year (or the
    // opening range) grows to the new newest year, instead of hiding what was just imported.
    const auto years = m_figure->dataYears();
    if (!years)
        return false;
    const auto [quarterly, before] = m_dataYears;
    FigureOptions o = m_figure->options();
    m_dataYears = {o.quarterly, years->second};
    if (quarterly != o.quarterly || years->second <= before || before == 0)
        return false;
    const auto shown = m_figure->yearsShown();
    if (!shown || shown->second >= years->second || (o.lastYear != 0 && o.lastYear < before))
        return false;
    o.lastYear = years->second;
    if (o.firstYear == 0)
        o.firstYear = shown->first;
    m_view->resetZoom();
    setOptions(o);
    return true;
}

void FigurePage::buildControls(QWidget* bar)
{
    // The options wrap onto a second line in a narrow window (a 1024-pixel projector).
    auto* row = new FlowLayout(bar);
    row->setContentsMargins(8, 6, 8, 6);
    row->setSpacing(8);
    const FigureKind kind = m_figure->kind();
    auto checkBox = [&](const char* name) {
        auto* box = new QCheckBox(bar);
        box->setObjectName(QLatin1String(name));
        connect(box, &QCheckBox::toggled, this, &FigurePage::applyControls);
        row->addWidget(box);
        return box;
    };
    if (kind == FigureKind::Arrivals || kind == FigureKind::Destinations) {
        m_showLabel = new QLabel(bar);
        m_show = new QComboBox(bar);
        m_show->setObjectName(QStringLiteral("show"));
        // Its width follows the item texts in each language (꺾은선 is wider than "Line").
        m_show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_show->addItems(kind == FigureKind::Arrivals ? QStringList(2)
                                                      : QStringList(DestinationsModel::ViewCount));
        m_showLabel->setBuddy(m_show);
        connect(m_show, &QComboBox::currentIndexChanged, this, &FigurePage::applyControls);
        row->addWidget(m_showLabel);
        row->addWidget(m_show);
    }
    if (kind == FigureKind::Arrivals) {
        m_split = checkBox("sexSplit");
        m_quarterly = checkBox("quarterly");
    }
    if (kind == FigureKind::Trade || kind == FigureKind::Destinations)
        m_log = checkBox("logScale");
    if (m_figure->dataYears()) {
        m_yearsLabel = new QLabel(bar);
        m_from = new QSpinBox(bar);
        m_from->setObjectName(QStringLiteral("firstYear"));
        m_dash = new QLabel(QStringLiteral("–"), bar);
        m_to = new QSpinBox(bar);
        m_to->setObjectName(QStringLiteral("lastYear"));
        m_yearsLabel->setBuddy(m_from);
        for (QSpinBox* box : {m_from, m_to}) {
            box->setKeyboardTracking(false);
            box->setGroupSeparatorShown(false);
            connect(box, &QSpinBox::valueChanged, this, &FigurePage::applyControls);
        }
        row->addSpacing(8);
        row->addWidget(m_yearsLabel);
        row->addWidget(m_from);
        row->addWidget(m_dash);
        row->addWidget(m_to);
        // One click back to the opening range (up to the latest published year), and to the
        // span of the original briefs (arrivals 1998–2022).
        m_latestYears = new QToolButton(bar);
        m_latestYears->setObjectName(QStringLiteral("defaultYears"));
        m_latestYears->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(m_latestYears, &QToolButton::clicked, this, [this] { chooseYears(0, 0); });
        row->addWidget(m_latestYears);
        const auto brief = FigureYears::briefSpan(FigureChart::name(kind));
        const auto opening = m_figure->defaultYears();
        if (brief && (!opening || *opening != std::make_pair(brief->first, brief->last))) {
            m_briefYears = new QToolButton(bar);
            m_briefYears->setObjectName(QStringLiteral("briefYears"));
            m_briefYears->setToolButtonStyle(Qt::ToolButtonTextOnly);
            connect(m_briefYears, &QToolButton::clicked, this,
                    [this, brief] { chooseYears(brief->first, brief->last); });
            row->addWidget(m_briefYears);
        }
    }
    if (kind != FigureKind::Destinations)
        m_annotations = checkBox("annotations");
    row->addStretch(1);
    m_reset->setObjectName(QStringLiteral("resetZoom"));
    m_reset->setEnabled(false);
    m_reset->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(m_reset);
}

FigureOptions FigurePage::options() const
{
    return m_figure->options();
}

void FigurePage::setOptions(const FigureOptions& options)
{
    m_figure->setOptions(options);
    syncControls();
}

void FigurePage::syncControls()
{
    m_syncing = true;
    const FigureOptions o = m_figure->options();
    if (m_show)
        m_show->setCurrentIndex(m_figure->kind() == FigureKind::Arrivals ? int(o.bars)
                                                                         : o.destinationsView);
    if (m_split)
        m_split->setChecked(o.sexSplit);
    if (m_quarterly)
        m_quarterly->setChecked(o.quarterly);
    if (m_log) {
        m_log->setChecked(o.logScale);
        // Destinations: the overview and the lines over time have a value axis of counts.
        if (m_figure->kind() == FigureKind::Destinations)
            m_log->setEnabled(o.destinationsView == 0 || o.destinationsView == 3);
    }
    if (m_annotations)
        m_annotations->setChecked(o.annotations);
    if (m_from) {
        const auto years = m_figure->dataYears();
        const auto shown = m_figure->yearsShown();
        const int lo = years ? years->first : o.firstYear;
        const int hi = years ? years->second : o.lastYear;
        m_from->setRange(lo, hi);
        m_to->setRange(lo, hi);
        m_from->setValue(std::clamp(shown ? shown->first : o.firstYear, lo, hi));
        m_to->setValue(std::clamp(shown ? shown->second : o.lastYear, lo, hi));
        m_latestYears->setEnabled(o.firstYear != 0 || o.lastYear != 0);
        if (m_briefYears)
            m_briefYears->setEnabled(shown != std::make_pair(brief().first, brief().last));
    }
    m_syncing = false;
    updateCaveat();
}

void FigurePage::applyControls()
{
    if (m_syncing)
        return;
    FigureOptions o = m_figure->options();
    if (m_show) {
        if (m_figure->kind() == FigureKind::Arrivals)
            o.bars = m_show->currentIndex() == 1;
        else
            o.destinationsView = m_show->currentIndex();
    }
    if (m_split)
        o.sexSplit = m_split->isChecked();
    if (m_log)
        o.logScale = m_log->isChecked();
    if (m_annotations)
        o.annotations = m_annotations->isChecked();
    if (m_from) {
        // A range the user typed backwards is read the right way round. The opening range is
        // kept as "the default" (0, 0), so that it follows an import of a later year.
        const std::pair<int, int> chosen{std::min(m_from->value(), m_to->value()),
                                         std::max(m_from->value(), m_to->value())};
        if (chosen != m_figure->yearsShown()) {
            // A start at the opening range's start means "from the beginning", whatever the
            // granularity: a start clamped to the first quarterly year (2003) goes back to 1998
            // with Quarterly off. The end is kept as typed unless the whole range is the opening.
            const auto opening = m_figure->defaultYears();
            o.firstYear = opening && chosen.first == opening->first ? 0 : chosen.first;
            o.lastYear = opening && chosen == *opening ? 0 : chosen.second;
        }
    }
    if (m_quarterly && m_quarterly->isChecked() != o.quarterly) {
        // Another granularity covers other years: keep the user's range, show what exists.
        o.quarterly = m_quarterly->isChecked();
    }
    m_view->resetZoom();
    setOptions(o);
}

void FigurePage::chooseYears(int first, int last)
{
    FigureOptions o = m_figure->options();
    o.firstYear = first;
    o.lastYear = last;
    m_view->resetZoom();
    setOptions(o);
}

YearRange FigurePage::brief() const
{
    return FigureYears::briefSpan(FigureChart::name(m_figure->kind())).value_or(YearRange());
}

void FigurePage::updateCaveat()
{
    m_caveatFull = m_figure->caveat();
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
    FigureOptions o = m_figure->options();
    const Theme theme = isDark(palette()) ? Theme::Dark : Theme::Light;
    if (o.theme != theme) {
        o.theme = theme;
        m_figure->setOptions(o);
    }
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
    const int proxyColumn = m_proxy->mapFromSource(m_figure->model()->index(0, column)).column();
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
    const FigureOptions o = m_figure->options();
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
    FigureOptions o = m_figure->options();
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
    // Before 0.2 the figure opened on a fixed 1998–2022, which every saved state recorded: such
    // a state opens on the default range, which follows the data.
    if (version == 1 && m_figure->kind() == FigureKind::Arrivals && first == 1998 && last == 2022)
        o.firstYear = o.lastYear = 0;
    o.destinationsView = std::clamp(int(view), 0, DestinationsModel::ViewCount - 1);
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
    setWindowTitle([this] {
        switch (m_figure->kind()) {
        case FigureKind::Arrivals:
            return tr("Arrivals");
        case FigureKind::Trade:
            return tr("China trade collapse");
        case FigureKind::Destinations:
            return tr("Where defectors go");
        }
        return QString();
    }());
    m_view->setAccessibleName(tr("Chart: %1").arg(m_figure->title()));
    m_view->viewport()->setAccessibleName(m_view->accessibleName());
    m_view->setAccessibleDescription(
        tr("Click a point, bar or bracket to select its figure, or a legend entry to hide or "
           "show its series. Left and Right select the previous or next figure, Home and End the "
           "first and last; + and - zoom, 0 resets, Shift and the arrow keys pan a zoomed chart."));
    m_view->setToolTip(QString());
    m_table->setAccessibleName(tr("Table: %1").arg(m_figure->title()));
    m_table->setAccessibleDescription(
        tr("The figures of the chart; Ctrl+C copies the selected cells."));
    m_copy->setText(tr("Copy"));
    m_copyWithSources->setText(tr("Copy with Sources"));
    m_copyWithSources->setToolTip(
        tr("Copy the selected cells with a column numbering their sources, listed below them"));
    m_caveat->setAccessibleName(tr("Caveat"));
    retranslateCaveatToggle();
    if (m_show) {
        const int index = m_show->currentIndex();
        m_showLabel->setText(tr("&Show:"));
        if (m_figure->kind() == FigureKind::Arrivals) {
            m_show->setItemText(0, tr("Line"));
            m_show->setItemText(1, tr("Bars"));
            m_show->setAccessibleName(tr("Show the arrivals as a line or as bars"));
        } else {
            m_show->setItemText(0, tr("Overview by country"));
            m_show->setItemText(1, tr("Asylum decisions in Europe"));
            m_show->setItemText(2, tr("US refugee arrivals"));
            m_show->setItemText(3, tr("Over time, by country"));
            m_show->setAccessibleName(tr("Which view of the destinations"));
        }
        m_show->setCurrentIndex(index);
    }
    if (m_split) {
        m_split->setText(tr("&Men and women"));
        m_split->setToolTip(tr("Show men and women separately where the split was published"));
    }
    if (m_quarterly) {
        m_quarterly->setText(tr("&Quarterly"));
        m_quarterly->setToolTip(
            tr("Quarterly figures, for the years where quarters were published"));
    }
    if (m_log) {
        m_log->setText(tr("&Log scale"));
        m_log->setToolTip(
            m_figure->kind() == FigureKind::Trade
                ? tr("A logarithmic value axis, so that the collapse stays readable")
                : tr("A logarithmic value axis: equal steps are equal ratios, so a bar's length "
                     "no longer compares amounts. Linear (the default) splits the axis instead "
                     "where the largest figures dwarf the others."));
    }
    if (m_annotations) {
        m_annotations->setText(tr("&Annotations"));
        m_annotations->setToolTip(tr("Show dated events on the chart"));
    }
    if (m_from) {
        m_yearsLabel->setText(tr("&Years:"));
        m_from->setAccessibleName(tr("First year"));
        m_to->setAccessibleName(tr("Last year"));
        m_latestYears->setText(tr("Latest"));
        m_latestYears->setToolTip(
            m_figure->kind() == FigureKind::Arrivals
                ? tr("From 1998 to the latest year with a final or provisional figure")
                : tr("The figure's default years"));
    }
    if (m_briefYears) {
        m_briefYears->setText(brief().label());
        m_briefYears->setToolTip(tr("The span of the original briefs, %1").arg(brief().label()));
    }
    m_reset->setText(tr("Reset &zoom"));
    m_reset->setToolTip(tr("Show the whole figure again (0)"));
    updateCaveat();
}

QIcon FigurePage::icon(FigureKind kind, const QPalette& palette)
{
    QIcon icon;
    const QColor normal =
        palette.color(QPalette::Highlight).lightness() > 40 &&
                palette.color(QPalette::Highlight) != palette.color(QPalette::Base)
            ? palette.color(QPalette::Highlight)
            : palette.color(QPalette::Text);
    for (auto [mode, colour] :
         {std::pair{QIcon::Normal, normal},
          std::pair{QIcon::Selected, palette.color(QPalette::HighlightedText)}}) {
        for (int size : {16, 24, 32, 48, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 32.0, size / 32.0);
            QPen pen(colour, 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p.setPen(pen);
            switch (kind) {
            case FigureKind::Arrivals: {
                // A rise to a peak and a collapse.
                QPainterPath line;
                line.moveTo(3, 26);
                line.lineTo(9, 18);
                line.lineTo(15, 8);
                line.lineTo(20, 14);
                line.lineTo(25, 15);
                line.lineTo(29, 28);
                p.drawPath(line);
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                p.drawEllipse(QPointF(15, 8), 2.6, 2.6);
                break;
            }
            case FigureKind::Trade:
                // Monthly bars that fall away.
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                p.drawRect(QRectF(3, 6, 5, 23));
                p.drawRect(QRectF(10, 9, 5, 20));
                p.drawRect(QRectF(17, 24, 5, 5));
                p.drawRect(QRectF(24, 27, 5, 2));
                break;
            case FigureKind::Destinations:
                // Horizontal bars of very different lengths.
                p.setPen(Qt::NoPen);
                p.setBrush(colour);
                p.drawRect(QRectF(3, 4, 26, 5));
                p.drawRect(QRectF(3, 13, 16, 5));
                p.drawRect(QRectF(3, 22, 9, 5));
                break;
            }
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}
