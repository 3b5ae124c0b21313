// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Catalog;
class QLabel;
class QPushButton;
class QTextBrowser;

/// Help → About: the version, the data version (publication date of the newest figure's source,
/// the number of sources and figures) and the attribution of the sources, all read from the
/// catalog when shown, so they follow imports. Child widgets carry object names ("version",
/// "dataVersion", "sources", "figures", "attribution") for tests.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Catalog* catalog, QWidget* parent = nullptr);

    /// The product icon (resources/desktop/org.crossings.Crossings.svg) at a logical size.
    static QPixmap icon(int size, qreal devicePixelRatio);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString attributionHtml() const;

    const Catalog* m_catalog;
    QLabel* m_name;
    QLabel* m_tagline;
    QLabel* m_versionLabel;
    QLabel* m_version;
    QLabel* m_dataVersionLabel;
    QLabel* m_dataVersion;
    QLabel* m_sourcesLabel;
    QLabel* m_sources;
    QLabel* m_figuresLabel;
    QLabel* m_figures;
    QLabel* m_attributionTitle;
    QTextBrowser* m_attribution;
    QLabel* m_licence;
    QPushButton* m_aboutQt;
    QPushButton* m_close;
};
