// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claim.h"
#include "core/figuresources.h"
#include "core/records.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class Catalog;
class FigureChart;
class QLabel;
class QPushButton;
class QTextBrowser;

/// Where the numbers come from: the sources behind the figure shown and, for the selected cell,
/// its value, period, status, source (unconfirmed details marked), locator, link and caveat, and
/// every figure reported for the same quantity, plotted or not. "Copy citation" puts a formatted
/// reference on the clipboard in the UI language. Reads the catalog; holds no numbers of its own.
/// On the audit page it cites the selected claim instead.
class CitationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CitationPanel(Catalog* catalog, QWidget* parent = nullptr);

    /// The figure whose sources are listed (may be null: nothing to cite).
    void setFigure(FigureChart* figure);
    FigureChart* figure() const { return m_figure; }
    /// The selected cell of the figure's model (invalid: none).
    void setCurrent(const QModelIndex& index);
    /// The observation shown as selected, or nullptr.
    const Observation* currentObservation() const;
    /// On a page without a figure of its own (the audit page): the selected claim, cited with its
    /// source and the sources of the figures it was checked against. An empty claim: none.
    /// setFigure() clears it.
    void setClaim(const Claim& claim, const QList<qint64>& figureIds);

    /// The reference "Copy citation" puts on the clipboard, in the UI language.
    QString citation() const;
    /// The panel's text as shown (tests, accessibility).
    QString text() const;
    QTextBrowser* browser() const { return m_browser; }

public slots:
    void copyCitation();
    void refresh();

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openLink(const QUrl& url);
    QString selectionHtml(const Observation& o) const;
    /// A derived figure's formula in words: its inputs named by series and period.
    QString formulaText(const Observation& o) const;
    QString sourcesHtml() const;
    /// The figures changed since an export, when the figure was opened from one.
    QString changesHtml() const;
    QString sourceHtml(const Source& s) const;
    QString badge(Term::Status status) const;
    QString claimHtml() const;
    /// The sources of figures, each with how many it gives (FigureSources' order).
    QString figureSourcesHtml(const QList<FigureSources::Use>& sources) const;
    QString claimCitation() const;

    Catalog* m_catalog;
    QPointer<FigureChart> m_figure;
    QPersistentModelIndex m_current;
    Claim m_claim;
    QList<qint64> m_claimFigures;
    QLabel* m_heading;
    QTextBrowser* m_browser;
    QPushButton* m_copy;
};
