// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

/// A row of controls that wraps onto further lines when the window is too narrow for it (the
/// figure page's options on a 1024-pixel projector), so that no control is squeezed or cut and
/// the page never forces the window wider. Like QHBoxLayout it takes addWidget(), addSpacing()
/// and addStretch(): a stretch takes a line's spare room (pushing what follows to the right).
class FlowLayout : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addSpacing(int size);
    void addStretch(int stretch = 1);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    /// Lays the items out in rect (apply: move them); returns the height used.
    int doLayout(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    QList<bool> m_stretch; ///< per item: a stretch marker
};
