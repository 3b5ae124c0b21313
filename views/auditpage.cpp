// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpage.h"

#include "core/catalog.h"
#include "core/claimchecker.h"
#include "core/formatter.h"
#include "itemmodels/auditmodel.h"
#include "itemmodels/conflictsmodel.h"
#include "itemmodels/roles.h"
#include "ui_auditpage.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>

namespace {

/// Okabe–Ito colours (distinguishable with colour blindness); the verdict is always named too.
QColor verdictColour(const QString& key)
{
    if (key == QLatin1String("holds"))
        return QColor(0x00, 0x9E, 0x73);
    if (key == QLatin1String("differs"))
        return QColor(0xD5, 0x5E, 0x00);
    if (key == QLatin1String("depends"))
        return QColor(0xE6, 0x9F, 0x00);
    return QColor(0x8C, 0x8C, 0x8C);
}

/// A dot with a symbol, so that the verdict reads without colour too.
QIcon verdictIcon(const QString& key)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(verdictColour(key));
    p.drawEllipse(QRectF(2, 2, 28, 28));
    QPen pen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (key == QLatin1String("holds")) {
        p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
    } else if (key == QLatin1String("differs")) {
        p.drawLine(QPointF(10.5, 10.5), QPointF(21.5, 21.5));
        p.drawLine(QPointF(21.5, 10.5), QPointF(10.5, 21.5));
    } else if (key == QLatin1String("depends")) {
        p.drawLine(QPointF(9, 13), QPointF(23, 13));
        p.drawLine(QPointF(9, 19), QPointF(23, 19));
    } else {
        p.drawLine(QPointF(9, 16), QPointF(23, 16));
    }
    return QIcon(pixmap);
}

/// Filters the claims by verdict and gives the verdict column its icon.
class ClaimsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setVerdict(const QString& key)
    {
        if (key == m_verdict)
            return;
        m_verdict = key;
        invalidateFilter();
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == AuditModel::VerdictColumn) {
            const QString key =
                QSortFilterProxyModel::data(index, roleId(DataRole::VerdictKey)).toString();
            auto it = m_icons.constFind(key);
            if (it == m_icons.constEnd())
                it = m_icons.insert(key, verdictIcon(key));
            return *it;
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_verdict.isEmpty())
            return true;
        return sourceModel()->index(row, 0, parent).data(roleId(DataRole::VerdictKey)).toString() ==
               m_verdict;
    }

private:
    QString m_verdict;
    mutable QHash<QString, QIcon> m_icons;
};

/// Shades every other group of conflicting values, so that each quantity reads as one block.
class ConflictsShading : public QIdentityProxyModel
{
public:
    ConflictsShading(const QColor& shade, QObject* parent)
        : QIdentityProxyModel(parent)
        , m_shade(shade)
    {}

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::BackgroundRole) {
            const int group = QIdentityProxyModel::data(index, roleId(DataRole::Group)).toInt();
            return group % 2 == 1 ? QVariant(m_shade) : QVariant();
        }
        if (role == Qt::FontRole &&
            QIdentityProxyModel::data(index, roleId(DataRole::Plotted)).toBool()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QColor m_shade;
};

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

AuditPage::AuditPage(Catalog* catalog, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_catalog(catalog)
    , m_audit(new AuditModel(catalog, this))
    , m_conflicts(new ConflictsModel(catalog, this))
    , m_filter(new ClaimsFilter(this))
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->title->setFont(titleFont);

    m_filter->setSourceModel(m_audit);
    m_filter->setSortRole(roleId(DataRole::Sort));
    QTableView* claims = m_ui->claimsView;
    claims->setModel(m_filter);
    claims->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The claim and its result share the width; the kind is in the details.
    QHeaderView* columns = claims->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(AuditModel::VerdictColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AuditModel::ClaimColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(AuditModel::CheckColumn, QHeaderView::Stretch);
    claims->setColumnHidden(AuditModel::KindColumn, true);
    claims->setColumnWidth(AuditModel::SourceColumn, 150);
    columns->setMinimumSectionSize(60);
    m_ui->claimsSplit->setStretchFactor(0, 3);
    m_ui->claimsSplit->setStretchFactor(1, 2);

    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlpha(28);
    auto* shading = new ConflictsShading(shade, this);
    shading->setSourceModel(m_conflicts);
    QTableView* conflicts = m_ui->conflictsView;
    conflicts->setModel(shading);
    conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    conflicts->horizontalHeader()->setSectionResizeMode(ConflictsModel::SourceColumn,
                                                        QHeaderView::Stretch);
    conflicts->setColumnWidth(ConflictsModel::QuantityColumn, 260);
    conflicts->setColumnWidth(ConflictsModel::PeriodColumn, 110);
    conflicts->setColumnWidth(ConflictsModel::ValueColumn, 170);
    conflicts->setColumnWidth(ConflictsModel::DifferenceColumn, 200);
    conflicts->setColumnWidth(ConflictsModel::StatusColumn, 110);
    conflicts->setColumnWidth(ConflictsModel::PublishedColumn, 150);

    connect(m_ui->verdictFilter, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<ClaimsFilter*>(m_filter)->setVerdict(
            m_ui->verdictFilter->currentData().toString());
        updateDetails();
    });
    connect(claims->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::updateDetails);
    connect(claims, &QTableView::doubleClicked, this, &AuditPage::requestFigures);
    connect(m_ui->showFigures, &QPushButton::clicked, this, &AuditPage::requestFigures);
    connect(m_ui->openSource, &QPushButton::clicked, this, &AuditPage::openSource);
    connect(m_ui->claimDetails, &QTextBrowser::anchorClicked, this, &AuditPage::openLink);
    auto conflictFigure = [this] {
        const QModelIndex i = m_ui->conflictsView->currentIndex();
        if (i.isValid())
            emit figuresRequested({i.data(roleId(DataRole::ObservationId)).toLongLong()});
    };
    connect(conflicts, &QTableView::doubleClicked, this, conflictFigure);
    connect(m_ui->showConflictFigure, &QPushButton::clicked, this, conflictFigure);
    connect(conflicts->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_ui->showConflictFigure->setEnabled(m_ui->conflictsView->currentIndex().isValid());
    });
    connect(m_audit, &QAbstractItemModel::modelReset, this, [this] {
        // In the window the claims come when the page is first shown (every dataset read then,
        // issue 23): the first is selected, as when they are there from the start.
        if (!m_filled)
            selectFirstClaim();
        updateSummary();
        updateDetails();
    });
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, &AuditPage::retranslate);

    updateIcon();
    retranslate();
    selectFirstClaim();
    updateDetails();
}

void AuditPage::selectFirstClaim()
{
    if (m_filter->rowCount() == 0)
        return;
    m_filled = true;
    m_ui->claimsView->setCurrentIndex(m_filter->index(0, AuditModel::ClaimColumn));
}

AuditPage::~AuditPage() = default;

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

/// The form's texts come from retranslateUi; what is counted or listed is written here.
void AuditPage::retranslate()
{
    m_ui->retranslateUi(this);
    QComboBox* filter = m_ui->verdictFilter;
    const int current = filter->currentIndex();
    {
        const QSignalBlocker block(filter);
        filter->clear();
        filter->addItem(tr("All claims"), QString());
        for (ClaimVerdict v : {ClaimVerdict::Holds, ClaimVerdict::Differs,
                               ClaimVerdict::CannotCheck, ClaimVerdict::Mixed})
            filter->addItem(verdictIcon(ClaimChecker::verdictKey(v)),
                            tr("Only: %1").arg(ClaimChecker::verdictName(v)),
                            ClaimChecker::verdictKey(v));
        filter->setCurrentIndex(current < 0 ? 0 : current);
    }
    m_ui->tabs->setTabText(0, tr("Claims (%1)").arg(m_audit->rowCount()));
    m_ui->tabs->setTabText(1, tr("Conflicts (%1)").arg(m_conflicts->quantityCount()));
    m_audit->retranslate();
    m_conflicts->retranslate();
    updateSummary();
    updateDetails();
}

void AuditPage::updateSummary()
{
    m_ui->summary->setText(m_audit->summary());
}

QList<qint64> AuditPage::currentFigures() const
{
    QList<qint64> ids;
    const QModelIndex i = m_ui->claimsView->currentIndex();
    if (!i.isValid())
        return ids;
    for (const QVariant& v : i.data(roleId(DataRole::ObservationIds)).toList())
        ids.append(v.toLongLong());
    return ids;
}

Claim AuditPage::selectedClaim() const
{
    const QModelIndex i = m_ui->claimsView->currentIndex();
    const ClaimResult* r = i.isValid() ? m_audit->result(m_filter->mapToSource(i).row()) : nullptr;
    return r ? r->claim : Claim();
}

QString AuditPage::currentClaim() const
{
    const QModelIndex i = m_ui->claimsView->currentIndex();
    return i.isValid() ? i.data(roleId(DataRole::ClaimId)).toString() : QString();
}

bool AuditPage::selectClaim(const QString& claimId)
{
    QModelIndex source = m_audit->indexOf(claimId);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        m_ui->verdictFilter->setCurrentIndex(0);
        proxy = m_filter->mapFromSource(source);
    }
    showTab(0);
    m_ui->claimsView->setCurrentIndex(proxy);
    m_ui->claimsView->scrollTo(proxy);
    return true;
}

void AuditPage::showTab(int tab)
{
    m_ui->tabs->setCurrentIndex(tab);
}

void AuditPage::requestFigures()
{
    const QList<qint64> ids = currentFigures();
    if (!ids.isEmpty())
        emit figuresRequested(ids);
}

QString AuditPage::sourceUrl() const
{
    const QModelIndex i = m_ui->claimsView->currentIndex();
    if (!i.isValid())
        return {};
    const Source source = m_catalog->source(i.data(roleId(DataRole::SourceId)).toString());
    return source.isUnconfirmed(QStringLiteral("url")) ? QString() : source.url;
}

void AuditPage::openSource()
{
    const QString url = sourceUrl();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void AuditPage::openLink(const QUrl& url)
{
    if (url.scheme() == QLatin1String("figures"))
        requestFigures();
    else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void AuditPage::updateIcon()
{
    // A page of claims with a check mark, in the palette's text colour.
    QPixmap pixmap(56, 56);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    p.setPen(QPen(ink, 3));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(8, 5, 32, 42), 4, 4);
    for (int y : {16, 25, 34})
        p.drawLine(QPointF(15, y), QPointF(32, y));
    p.setPen(Qt::NoPen);
    p.setBrush(verdictColour(QStringLiteral("holds")));
    p.drawEllipse(QRectF(28, 28, 25, 25));
    p.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(QPolygonF({QPointF(34, 41), QPointF(39, 46), QPointF(47, 35)}));
    p.end();
    setWindowIcon(QIcon(pixmap));
}

void AuditPage::updateDetails()
{
    const QModelIndex i = m_ui->claimsView->currentIndex();
    const ClaimResult* r = i.isValid() ? m_audit->result(m_filter->mapToSource(i).row()) : nullptr;
    m_ui->showFigures->setEnabled(r && !r->observationIds().isEmpty());
    m_ui->openSource->setEnabled(!sourceUrl().isEmpty());
    emit claimShown();
    if (!r) {
        m_ui->claimDetails->setHtml(
            QStringLiteral("<p>%1</p>").arg(html(tr("Select a claim to see how it was checked."))));
        return;
    }
    const ClaimChecker checker(*m_catalog);
    const Claim& c = r->claim;
    const Source source = m_catalog->source(c.sourceId);
    const QString key = ClaimChecker::verdictKey(r->verdict);
    QString text = QStringLiteral("<p><b>%1</b></p>").arg(html(c.text(m_catalog->language())));
    text += QStringLiteral("<p><span style=\"color:%1\"><b>%2</b></span> &nbsp;·&nbsp; %3</p>")
                .arg(verdictColour(key).name(), html(ClaimChecker::verdictName(r->verdict)),
                     html(ClaimChecker::kindName(c.kind)));
    text += QStringLiteral("<ul>");
    for (const QString& line : checker.explain(*r).split(QLatin1Char('\n')))
        text += QStringLiteral("<li>%1</li>").arg(html(line));
    text += QStringLiteral("</ul>");

    QStringList figures;
    for (const ReadingResult& reading : r->readings) {
        for (const FigureUse& f : reading.figures) {
            const QString t = checker.figureText(f);
            if (!figures.contains(t))
                figures << t;
        }
    }
    if (!figures.isEmpty()) {
        text += QStringLiteral("<p><b>%1</b> <a href=\"figures:\">%2</a></p><ul>")
                    .arg(html(tr("Figures used:")), html(tr("show them in their chart")));
        for (const QString& f : std::as_const(figures))
            text += QStringLiteral("<li>%1</li>").arg(html(f));
        text += QStringLiteral("</ul>");
    }
    const Formatter formatter;
    const Language language = formatter.language();
    text += QStringLiteral("<p><b>%1</b> %2, %3")
                .arg(html(tr("Source:")), html(formatter.citation(source)),
                     html(c.locatorIn(language)));
    if (!source.url.isEmpty() && !source.isUnconfirmed(QStringLiteral("url")))
        text += QStringLiteral(" — <a href=\"%1\">%2</a>").arg(html(source.url), html(tr("open")));
    text += QStringLiteral("</p>");
    if (!c.note.isEmpty())
        text +=
            QStringLiteral("<p><b>%1</b> %2</p>").arg(html(tr("Note:")), html(c.noteIn(language)));
    text +=
        QStringLiteral("<p><b>%1</b> <code>%2</code></p>").arg(html(tr("Check:")), html(c.check));
    m_ui->claimDetails->setHtml(text);
}
