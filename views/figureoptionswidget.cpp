// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureoptionswidget.h"

#include "flowlayout.h"
#include "itemmodels/destinationsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSpinBox>
#include <QToolButton>

// The texts keep the translation context of the page that built these controls (FigurePage).

namespace {

/// Arrivals: a line or bars, men and women, quarterly, years, annotations.
class ArrivalsOptions : public FigureOptionsWidget
{
    Q_DECLARE_TR_FUNCTIONS(FigurePage)

public:
    ArrivalsOptions(Figure* figure, QWidget* parent)
        : FigureOptionsWidget(figure, parent)
        , m_show(addShow(2))
        , m_split(addCheckBox("sexSplit"))
        , m_quarterly(addCheckBox("quarterly"))
    {
        addYears();
        addAnnotations();
    }

    QString pageTitle() const override { return tr("Arrivals"); }

protected:
    void syncOwn(const FigureOptions& o) override
    {
        m_show->setCurrentIndex(int(o.bars));
        m_split->setChecked(o.sexSplit);
        m_quarterly->setChecked(o.quarterly);
    }
    void readOwn(FigureOptions& o) const override
    {
        o.bars = m_show->currentIndex() == 1;
        o.sexSplit = m_split->isChecked();
        // Another granularity covers other years: keep the user's range, show what exists.
        o.quarterly = m_quarterly->isChecked();
    }
    void retranslateOwn() override
    {
        const int index = m_show->currentIndex();
        showLabel()->setText(tr("&Show:"));
        m_show->setItemText(0, tr("Line"));
        m_show->setItemText(1, tr("Bars"));
        m_show->setAccessibleName(tr("Show the arrivals as a line or as bars"));
        m_show->setCurrentIndex(index);
        m_split->setText(tr("&Men and women"));
        m_split->setToolTip(tr("Show men and women separately where the split was published"));
        m_quarterly->setText(tr("&Quarterly"));
        m_quarterly->setToolTip(
            tr("Quarterly figures, for the years where quarters were published"));
    }
    QString latestYearsToolTip() const override
    {
        return tr("From 1998 to the latest year with a final or provisional figure");
    }

private:
    QComboBox* m_show;
    QCheckBox* m_split;
    QCheckBox* m_quarterly;
};

/// Trade: a log scale, years, annotations.
class TradeOptions : public FigureOptionsWidget
{
    Q_DECLARE_TR_FUNCTIONS(FigurePage)

public:
    TradeOptions(Figure* figure, QWidget* parent)
        : FigureOptionsWidget(figure, parent)
        , m_log(addCheckBox("logScale"))
    {
        addYears();
        addAnnotations();
    }

    QString pageTitle() const override { return tr("China trade collapse"); }

protected:
    void syncOwn(const FigureOptions& o) override { m_log->setChecked(o.logScale); }
    void readOwn(FigureOptions& o) const override { o.logScale = m_log->isChecked(); }
    void retranslateOwn() override
    {
        m_log->setText(tr("&Log scale"));
        m_log->setToolTip(tr("A logarithmic value axis, so that the collapse stays readable"));
    }

private:
    QCheckBox* m_log;
};

/// Destinations: which view, a log scale where the value axis counts people.
class DestinationsOptions : public FigureOptionsWidget
{
    Q_DECLARE_TR_FUNCTIONS(FigurePage)

public:
    DestinationsOptions(Figure* figure, QWidget* parent)
        : FigureOptionsWidget(figure, parent)
        , m_show(addShow(DestinationsModel::ViewCount))
        , m_log(addCheckBox("logScale"))
    {}

    QString pageTitle() const override { return tr("Where defectors go"); }

protected:
    void syncOwn(const FigureOptions& o) override
    {
        m_show->setCurrentIndex(int(o.destinationsView));
        m_log->setChecked(o.logScale);
        // The overview and the lines over time have a value axis of counts.
        m_log->setEnabled(o.destinationsView == DestinationsView::Overview ||
                          o.destinationsView == DestinationsView::OverTime);
    }
    void readOwn(FigureOptions& o) const override
    {
        o.destinationsView = static_cast<DestinationsView>(
            std::clamp(m_show->currentIndex(), 0, DestinationsModel::ViewCount - 1));
        o.logScale = m_log->isChecked();
    }
    void retranslateOwn() override
    {
        const int index = m_show->currentIndex();
        showLabel()->setText(tr("&Show:"));
        m_show->setItemText(0, tr("Overview by country"));
        m_show->setItemText(1, tr("Asylum decisions in Europe"));
        m_show->setItemText(2, tr("US refugee arrivals"));
        m_show->setItemText(3, tr("Over time, by country"));
        m_show->setAccessibleName(tr("Which view of the destinations"));
        m_show->setCurrentIndex(index);
        m_log->setText(tr("&Log scale"));
        m_log->setToolTip(
            tr("A logarithmic value axis: equal steps are equal ratios, so a bar's length "
               "no longer compares amounts. Linear (the default) splits the axis instead "
               "where the largest figures dwarf the others."));
    }

private:
    QComboBox* m_show;
    QCheckBox* m_log;
};

} // namespace

FigureOptionsWidget* FigureOptionsWidget::create(Figure* figure, QWidget* parent)
{
    FigureOptionsWidget* widget = nullptr;
    switch (figure->kind()) {
    case FigureKind::Arrivals:
        widget = new ArrivalsOptions(figure, parent);
        break;
    case FigureKind::Trade:
        widget = new TradeOptions(figure, parent);
        break;
    case FigureKind::Destinations:
        widget = new DestinationsOptions(figure, parent);
        break;
    }
    return widget;
}

FigureOptionsWidget::FigureOptionsWidget(Figure* figure, QWidget* parent)
    : QWidget(parent)
    , m_figure(figure)
    , m_row(new FlowLayout(this))
{
    setObjectName(QStringLiteral("figureOptions"));
    // The options wrap onto a second line in a narrow window (a 1024-pixel projector).
    m_row->setContentsMargins(8, 6, 8, 6);
    m_row->setSpacing(8);
}

QCheckBox* FigureOptionsWidget::addCheckBox(const char* name)
{
    auto* box = new QCheckBox(this);
    box->setObjectName(QLatin1String(name));
    connect(box, &QCheckBox::toggled, this, &FigureOptionsWidget::changed);
    m_row->addWidget(box);
    m_order << box;
    return box;
}

QComboBox* FigureOptionsWidget::addShow(int count)
{
    m_showLabel = new QLabel(this);
    auto* show = new QComboBox(this);
    show->setObjectName(QStringLiteral("show"));
    // Its width follows the item texts in each language (꺾은선 is wider than "Line").
    show->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    show->addItems(QStringList(count));
    m_showLabel->setBuddy(show);
    connect(show, &QComboBox::currentIndexChanged, this, &FigureOptionsWidget::changed);
    m_row->addWidget(m_showLabel);
    m_row->addWidget(show);
    m_order << show;
    return show;
}

void FigureOptionsWidget::addYears()
{
    // A figure with a year range; the controls show once it has data (a window page may be
    // made before its figures are read, issue 23: sync() shows them).
    if (!m_figure->yearsShown())
        return;
    m_yearsLabel = new QLabel(this);
    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("firstYear"));
    auto* dash = new QLabel(QStringLiteral("–"), this);
    m_dash = dash;
    m_to = new QSpinBox(this);
    m_to->setObjectName(QStringLiteral("lastYear"));
    m_yearsLabel->setBuddy(m_from);
    for (QSpinBox* box : {m_from, m_to}) {
        box->setKeyboardTracking(false);
        box->setGroupSeparatorShown(false);
        connect(box, &QSpinBox::valueChanged, this, &FigureOptionsWidget::changed);
    }
    m_row->addSpacing(8);
    m_row->addWidget(m_yearsLabel);
    m_row->addWidget(m_from);
    m_row->addWidget(dash);
    m_row->addWidget(m_to);
    m_order << m_from << m_to;
    // One click back to the opening range (up to the latest published year), and to the span
    // of the original briefs (arrivals 1998–2022).
    m_latestYears = new QToolButton(this);
    m_latestYears->setObjectName(QStringLiteral("defaultYears"));
    m_latestYears->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_latestYears, &QToolButton::clicked, this, [this] { emit yearsChosen(0, 0); });
    m_row->addWidget(m_latestYears);
    m_order << m_latestYears;
    const auto brief = FigureYears::briefSpan(m_figure->name());
    if (brief) { // shown when the opening range is another (sync())
        m_briefYears = new QToolButton(this);
        m_briefYears->setObjectName(QStringLiteral("briefYears"));
        m_briefYears->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(m_briefYears, &QToolButton::clicked, this,
                [this, brief] { emit yearsChosen(brief->first, brief->last); });
        m_row->addWidget(m_briefYears);
        m_order << m_briefYears;
    }
}

void FigureOptionsWidget::addAnnotations()
{
    m_annotations = addCheckBox("annotations");
}

void FigureOptionsWidget::addTrailing(QWidget* widget)
{
    m_row->addStretch(1);
    m_row->addWidget(widget);
}

YearRange FigureOptionsWidget::brief() const
{
    return FigureYears::briefSpan(m_figure->name()).value_or(YearRange());
}

void FigureOptionsWidget::sync()
{
    m_syncing = true;
    const FigureOptions o = m_figure->options();
    syncOwn(o);
    if (m_annotations)
        m_annotations->setChecked(o.annotations);
    if (m_from) {
        const auto years = m_figure->dataYears();
        const auto show = [](QWidget* w, bool visible) {
            if (w && w->isHidden() == visible)
                w->setVisible(visible);
        };
        for (QWidget* w : {static_cast<QWidget*>(m_yearsLabel), static_cast<QWidget*>(m_from),
                           static_cast<QWidget*>(m_dash), static_cast<QWidget*>(m_to),
                           static_cast<QWidget*>(m_latestYears)})
            show(w, years.has_value());
        // Whether the briefs' span is another range than the opening one: decided once, when
        // the figure first has data (as when the controls were made with it).
        if (years && !m_briefDecided) {
            m_briefDecided = true;
            const auto opening = m_figure->defaultYears();
            show(m_briefYears, !opening || *opening != std::make_pair(brief().first, brief().last));
        } else if (!years) {
            show(m_briefYears, false);
        }
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
}

void FigureOptionsWidget::changed()
{
    if (m_syncing)
        return;
    FigureOptions o = m_figure->options();
    readOwn(o);
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
    emit edited(o);
}

QString FigureOptionsWidget::latestYearsToolTip() const
{
    return QCoreApplication::translate("FigurePage", "The figure's default years");
}

void FigureOptionsWidget::retranslate()
{
    retranslateOwn();
    if (m_annotations) {
        m_annotations->setText(QCoreApplication::translate("FigurePage", "&Annotations"));
        m_annotations->setToolTip(
            QCoreApplication::translate("FigurePage", "Show dated events on the chart"));
    }
    if (m_from) {
        m_yearsLabel->setText(QCoreApplication::translate("FigurePage", "&Years:"));
        m_from->setAccessibleName(QCoreApplication::translate("FigurePage", "First year"));
        m_to->setAccessibleName(QCoreApplication::translate("FigurePage", "Last year"));
        m_latestYears->setText(QCoreApplication::translate("FigurePage", "Latest"));
        m_latestYears->setToolTip(latestYearsToolTip());
    }
    if (m_briefYears) {
        m_briefYears->setText(brief().label());
        m_briefYears->setToolTip(
            QCoreApplication::translate("FigurePage", "The span of the original briefs, %1")
                .arg(brief().label()));
    }
}

QIcon FigureOptionsWidget::icon(FigureKind kind, const QPalette& palette)
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
