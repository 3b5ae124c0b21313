// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/datasetreader.h"

#include "core/csvreader.h"
#include "storage/importclassifier.h"

#include <QDate>
#include <QMultiHash>
#include <QRegularExpression>

bool DerivedFormula::parse(const QString& text, QString* error)
{
    terms.clear();
    static const QRegularExpression token(
        QStringLiteral("^\\s*([+-])?\\s*([a-z_]+)(?:@([0-9A-Za-z/.@-]+))?\\s*"));
    QString rest = text;
    bool first = true;
    while (!rest.trimmed().isEmpty()) {
        const QRegularExpressionMatch m = token.match(rest);
        if (!m.hasMatch() || (!first && m.captured(1).isEmpty()) || m.capturedLength(0) == 0) {
            *error =
                DatasetReader::tr("\"%1\" is not a formula of the form \"total - china_exports\"")
                    .arg(text);
            return false;
        }
        Term t;
        t.sign = m.captured(1) == QLatin1String("-") ? -1 : 1;
        t.series = m.captured(2);
        if (!m.captured(3).isEmpty()) {
            t.period = Period::parse(m.captured(3));
            if (!t.period.isValid()) {
                *error = DatasetReader::tr("\"%1\" is not a valid period").arg(m.captured(3));
                return false;
            }
        }
        terms.append(t);
        rest = rest.mid(m.capturedLength(0));
        first = false;
    }
    if (terms.isEmpty()) {
        *error = DatasetReader::tr("the formula is empty");
        return false;
    }
    return true;
}

const QStringList& DatasetReader::observationColumns()
{
    static const QStringList c = {
        QStringLiteral("dataset"), QStringLiteral("series"), QStringLiteral("period"),
        QStringLiteral("region"),  QStringLiteral("value"),  QStringLiteral("qualifier"),
        QStringLiteral("unit"),    QStringLiteral("status"), QStringLiteral("source_id"),
        QStringLiteral("locator"), QStringLiteral("note")};
    return c;
}

const QStringList& DatasetReader::optionalObservationColumns()
{
    static const QStringList c = {QStringLiteral("value_to"), QStringLiteral("compiler"),
                                  QStringLiteral("derived_from")};
    return c;
}

const QStringList& DatasetReader::sourceColumns()
{
    static const QStringList c = {
        QStringLiteral("id"),          QStringLiteral("kind"),   QStringLiteral("title_en"),
        QStringLiteral("title_ko"),    QStringLiteral("outlet"), QStringLiteral("author"),
        QStringLiteral("published"),   QStringLiteral("url"),    QStringLiteral("language"),
        QStringLiteral("unconfirmed"), QStringLiteral("note")};
    return c;
}

const QStringList& DatasetReader::eventColumns()
{
    static const QStringList c = {QStringLiteral("id"),        QStringLiteral("period"),
                                  QStringLiteral("text_en"),   QStringLiteral("text_ko"),
                                  QStringLiteral("source_id"), QStringLiteral("locator"),
                                  QStringLiteral("figures"),   QStringLiteral("note")};
    return c;
}

struct DatasetReader::Table
{
    CsvReader own;                  ///< the file, when the table parsed it
    const CsvReader* csv = nullptr; ///< the parsed file: own, or the caller's
    QHash<QString, int> column;     ///< header name → index
    int width = 0;                  ///< the header's number of fields
    bool skipRagged = false;        ///< rows of another width are left out
    /// The data rows, by record index: 1 to end() - 1, those of another width skipped when
    /// skipRagged (see isRow()).
    qsizetype end() const { return csv->recordCount(); }
    bool isRow(qsizetype r) const { return !skipRagged || csv->fieldCount(r) == width; }
    int line(qsizetype r) const { return csv->line(r); }
    QString get(qsizetype r, const QString& name) const
    {
        const int i = column.value(name, -1);
        return i >= 0 ? csv->text(r, i) : QString();
    }
    int col(const QString& name) const { return column.value(name, -1) + 1; }
};

void DatasetReader::addIssue(const QString& file, int line, int column, const QString& message)
{
    if (m_maxIssues >= 0 && m_issues.size() >= m_maxIssues) {
        ++m_unlisted[ValidationIssue::kindOf(message)];
        return;
    }
    m_issues.append({file, line, column, message});
}

QString DatasetReader::csvError(const CsvReader& reader)
{
    switch (reader.error()) {
    case CsvReader::Error::TooLarge:
        return tr("the file is larger than %1 MB").arg(CsvReader::DefaultMaxBytes / (1024 * 1024));
    case CsvReader::Error::NotUtf8:
        return tr("the text is not valid UTF-8");
    case CsvReader::Error::UnterminatedQuote:
        return tr("a quoted field is never closed");
    case CsvReader::Error::StrayQuote:
        return tr("a quote character stands inside an unquoted field");
    case CsvReader::Error::Empty:
    case CsvReader::Error::None:
        break;
    }
    return tr("the file is empty");
}

bool DatasetReader::readTable(const QByteArray& csv, const QString& fileName,
                              const QStringList& required, Table* out)
{
    if (!out->own.parse(csv)) {
        addIssue(fileName, out->own.errorLine(), 0, csvError(out->own));
        return false;
    }
    out->csv = &out->own;
    return checkTable(fileName, required, out);
}

bool DatasetReader::checkTable(const QString& fileName, const QStringList& required, Table* out)
{
    const CsvReader& csv = *out->csv;
    out->width = csv.fieldCount(0);
    for (int i = 0; i < out->width; ++i)
        out->column.insert(csv.field(0, i).trimmed().toString(), i);
    bool ok = true;
    for (const QString& name : required) {
        if (!out->column.contains(name)) {
            addIssue(fileName, csv.line(0), 0, tr("the header has no column \"%1\"").arg(name));
            ok = false;
        }
    }
    if (!ok || out->skipRagged)
        return ok;
    for (qsizetype r = 1; r < csv.recordCount(); ++r) {
        if (csv.fieldCount(r) != out->width) {
            addIssue(
                fileName, csv.line(r), 0,
                tr("%1 columns where the header has %2").arg(csv.fieldCount(r)).arg(out->width));
            ok = false;
        }
    }
    return ok;
}

bool DatasetReader::readVocabulary(const QByteArray& regionsCsv, const QByteArray& seriesCsv)
{
    const QString regionsFile = QStringLiteral("regions.csv");
    const QString seriesFile = QStringLiteral("series.csv");
    Table regions;
    if (readTable(regionsCsv, regionsFile,
                  {QStringLiteral("code"), QStringLiteral("name_en"), QStringLiteral("name_ko")},
                  &regions)) {
        for (qsizetype r = 1; r < regions.end(); ++r)
            m_vocabulary.regionNames.insert(regions.get(r, QStringLiteral("code")),
                                            {regions.get(r, QStringLiteral("name_en")),
                                             regions.get(r, QStringLiteral("name_ko"))});
    }
    Table series;
    if (readTable(seriesCsv, seriesFile,
                  {QStringLiteral("dataset"), QStringLiteral("series"), QStringLiteral("name_en"),
                   QStringLiteral("name_ko"), QStringLiteral("unit")},
                  &series)) {
        for (qsizetype r = 1; r < series.end(); ++r) {
            const QString key = series.get(r, QStringLiteral("dataset")) + QLatin1Char('|') +
                                series.get(r, QStringLiteral("series"));
            m_vocabulary.seriesUnit.insert(key, series.get(r, QStringLiteral("unit")));
            m_vocabulary.seriesNames.insert(key, {series.get(r, QStringLiteral("name_en")),
                                                  series.get(r, QStringLiteral("name_ko"))});
        }
    }
    return !hasIssues();
}

void DatasetReader::checkSource(
    const Source& s, const QString& kind, SourceOrigin origin,
    const std::function<void(const QString& field, const QString& message)>& fail)
{
    // The messages an import has always given, translated in the ImportPlan context (marked with
    // QT_TRANSLATE_NOOP so that lupdate keeps them there).
    auto text = [](const char* message) {
        return QCoreApplication::translate("ImportPlan", message);
    };
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    static const QRegularExpression datePattern(
        QStringLiteral("^(\\d{4})(-(\\d{2})(-(\\d{2}))?)?$"));
    static const QStringList details = {QStringLiteral("author"), QStringLiteral("outlet"),
                                        QStringLiteral("published"), QStringLiteral("url")};
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("ko"),
                                          QStringLiteral("ja"), QStringLiteral("zh")};
    const bool import = origin == SourceOrigin::Import;
    if (!idPattern.match(s.id).hasMatch())
        fail(QStringLiteral("id"),
             text(QT_TRANSLATE_NOOP(
                      "ImportPlan",
                      "source id \"%1\" must be lower-case letters, digits and hyphens"))
                 .arg(s.id));
    if (kind.isEmpty() && import)
        fail(QStringLiteral("kind"),
             text(QT_TRANSLATE_NOOP(
                      "ImportPlan",
                      "source \"%1\" is new: give its kind (article, official, press or estimate)"))
                 .arg(s.id));
    else if (!Term::fromCsv<Term::SourceKind>(kind))
        fail(QStringLiteral("kind"),
             text(QT_TRANSLATE_NOOP(
                      "ImportPlan",
                      "unknown source kind \"%1\" (expected article, official, press or estimate)"))
                 .arg(kind));
    if (s.titleEn.isEmpty())
        fail(QStringLiteral("title_en"),
             import ? text(QT_TRANSLATE_NOOP("ImportPlan", "source \"%1\" is new: give its title"))
                          .arg(s.id)
                    : tr("the source has no title"));
    if (!s.published.isEmpty()) {
        // A real date: "2020-13" and "2021-02-30" match the pattern and are refused.
        const QRegularExpressionMatch m = datePattern.match(s.published);
        const int month = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        const int day = m.captured(5).isEmpty() ? 1 : m.captured(5).toInt();
        const QDate date(m.captured(1).toInt(), month, day);
        if (!m.hasMatch() || !date.isValid())
            fail(QStringLiteral("published"),
                 text(QT_TRANSLATE_NOOP(
                          "ImportPlan",
                          "date \"%1\" is not a date written YYYY, YYYY-MM or YYYY-MM-DD"))
                     .arg(s.published));
        else if (date > QDate::currentDate())
            // A source from the future would be the newest and win the plotted figure.
            fail(QStringLiteral("published"),
                 text(QT_TRANSLATE_NOOP(
                          "ImportPlan",
                          "date \"%1\" is after today: a source cannot be published in the future"))
                     .arg(s.published));
    }
    if (!s.language.isEmpty() && !languages.contains(s.language))
        fail(QStringLiteral("language"),
             text(QT_TRANSLATE_NOOP("ImportPlan",
                                    "unknown language \"%1\" (expected en, ko, ja or zh)"))
                 .arg(s.language));
    if (!s.url.isEmpty() && !s.url.startsWith(QLatin1String("https://")) &&
        !s.url.startsWith(QLatin1String("http://")))
        fail(QStringLiteral("url"),
             text(QT_TRANSLATE_NOOP("ImportPlan",
                                    "address \"%1\" does not start with https:// or http://"))
                 .arg(s.url));
    for (const QString& d : s.unconfirmed) {
        if (!details.contains(d))
            fail(
                QStringLiteral("unconfirmed"),
                text(QT_TRANSLATE_NOOP(
                         "ImportPlan",
                         "unknown detail \"%1\" in unconfirmed (expected author, outlet, published "
                         "or url)"))
                    .arg(d));
    }
}

QList<Source> DatasetReader::readSources(const QByteArray& csv, const QString& fileName)
{
    QList<Source> out;
    Table t;
    if (!readTable(csv, fileName,
                   {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title_en")}, &t))
        return out;
    QSet<QString> seen;
    for (qsizetype r = 1; r < t.end(); ++r) {
        const int line = t.line(r);
        Source s;
        s.id = t.get(r, QStringLiteral("id"));
        const QString kind = t.get(r, QStringLiteral("kind"));
        s.kind = Term::fromCsv<Term::SourceKind>(kind).value_or(s.kind); // checkSource() checks
        s.titleEn = t.get(r, QStringLiteral("title_en"));
        s.titleKo = t.get(r, QStringLiteral("title_ko"));
        s.outlet = t.get(r, QStringLiteral("outlet"));
        s.author = t.get(r, QStringLiteral("author"));
        s.published = t.get(r, QStringLiteral("published"));
        s.url = t.get(r, QStringLiteral("url"));
        s.language = t.get(r, QStringLiteral("language"));
        s.note = t.get(r, QStringLiteral("note"));
        s.outletKo = t.get(r, QStringLiteral("outlet_ko"));
        s.noteKo = t.get(r, QStringLiteral("note_ko"));
        const QString unconfirmed = t.get(r, QStringLiteral("unconfirmed"));
        if (!unconfirmed.isEmpty())
            s.unconfirmed = unconfirmed.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString& d : s.unconfirmed)
            d = d.trimmed();
        bool ok = true;
        checkSource(s, kind, SourceOrigin::Bundled,
                    [&](const QString& field, const QString& message) {
                        addIssue(fileName, line, t.col(field), message);
                        ok = false;
                    });
        if (ok && seen.contains(s.id)) {
            addIssue(fileName, line, t.col(QStringLiteral("id")),
                     tr("source id \"%1\" appears twice").arg(s.id));
            ok = false;
        }
        seen.insert(s.id);
        if (ok)
            out.append(s);
    }
    return out;
}

QList<Observation> DatasetReader::readObservations(const QByteArray& csv, const QString& fileName,
                                                   const QSet<QString>& knownSources)
{
    CsvReader reader;
    if (!reader.parse(csv)) {
        addIssue(fileName, reader.errorLine(), 0, csvError(reader));
        return {};
    }
    return readObservations(reader, fileName, knownSources);
}

QList<Observation> DatasetReader::readObservations(const CsvReader& csv, const QString& fileName,
                                                   const QSet<QString>& knownSources,
                                                   RaggedRows ragged)
{
    QList<Observation> out;
    if (csv.recordCount() == 0) {
        addIssue(fileName, csv.errorLine(), 0, csvError(csv));
        return out;
    }
    Table t;
    t.csv = &csv;
    t.skipRagged = ragged == RaggedRows::Skip;
    if (!checkTable(fileName, observationColumns(), &t))
        return out;
    out.reserve(t.end() - 1); // no doubling: a large file's figures are copied once
    static const QRegularExpression integer(QStringLiteral("^\\d{1,15}$"));
    // The coded fields repeat from row to row: one string each, shared by every figure, so that
    // a large file's figures do not each hold their own copies (docs/PERFORMANCE.md).
    QSet<QString> pool;
    auto shared = [&pool](const QString& text) {
        const auto it = pool.constFind(text);
        if (it != pool.constEnd())
            return *it;
        if (pool.size() < 4096)
            pool.insert(text);
        return text;
    };
    QHash<QString, Period> periods; // the same: one parse and one string per period code
    // The rows read so far by the hash of their figure (quantity, source, value, status): a
    // row equal to an earlier one is a duplicate. An index per row, where a string key per row
    // took 170 bytes (issue 23).
    QMultiHash<size_t, qsizetype> seen;
    const size_t seed = QHashSeed::globalSeed();
    // The same figure as ImportPlan's duplicate check (FigureKey), in the same status.
    auto sameFigure = [](const Observation& a, const Observation& b) {
        return a.status == b.status && FigureKey::of(a) == FigureKey::of(b);
    };
    for (qsizetype r = 1; r < t.end(); ++r) {
        if (!t.isRow(r))
            continue;
        const int line = t.line(r);
        Observation o;
        o.line = line;
        bool ok = true;
        auto fail = [&](const QString& column, const QString& message) {
            addIssue(fileName, line, t.col(column), message);
            ok = false;
        };
        // The terms are read here, once (core/terms.h); their text is kept for the messages.
        const QString datasetText = t.get(r, QStringLiteral("dataset"));
        const QString qualifierText = t.get(r, QStringLiteral("qualifier"));
        const QString unitText = t.get(r, QStringLiteral("unit"));
        const QString statusText = t.get(r, QStringLiteral("status"));
        const std::optional<Term::Dataset> dataset = Datasets::fromName(datasetText);
        const std::optional<Term::Qualifier> qualifier =
            Term::fromCsv<Term::Qualifier>(qualifierText);
        const std::optional<Term::Unit> unit = Term::fromCsv<Term::Unit>(unitText);
        const std::optional<Term::Status> status = Term::fromCsv<Term::Status>(statusText);
        o.dataset = dataset.value_or(o.dataset);
        o.qualifier = qualifier.value_or(o.qualifier);
        o.unit = unit.value_or(o.unit);
        o.status = status.value_or(o.status);
        o.series = shared(t.get(r, QStringLiteral("series")));
        o.region = shared(t.get(r, QStringLiteral("region")));
        o.sourceId = shared(t.get(r, QStringLiteral("source_id")));
        o.locator = t.get(r, QStringLiteral("locator"));
        o.note = t.get(r, QStringLiteral("note"));
        o.compiler = shared(t.get(r, QStringLiteral("compiler")));
        o.derivedFrom = t.get(r, QStringLiteral("derived_from"));
        o.noteKo = t.get(r, QStringLiteral("note_ko"));
        o.locatorKo = t.get(r, QStringLiteral("locator_ko"));
        const QString periodCode = t.get(r, QStringLiteral("period"));
        const QString valueText = t.get(r, QStringLiteral("value"));

        const QString seriesKey = datasetText + QLatin1Char('|') + o.series;
        if (!dataset)
            fail(QStringLiteral("dataset"), tr("unknown dataset \"%1\"").arg(datasetText));
        else if (!m_vocabulary.hasSeries(datasetText, o.series))
            fail(QStringLiteral("series"),
                 tr("unknown series \"%1\" for dataset %2").arg(o.series, datasetText));
        else if (m_vocabulary.seriesUnit.value(seriesKey) != unitText)
            fail(QStringLiteral("unit"),
                 tr("unit \"%1\" does not match series %2, which is counted in %3")
                     .arg(unitText, o.series, m_vocabulary.seriesUnit.value(seriesKey)));
        else if (!unit) // a series.csv counting in a unit the data do not know
            fail(QStringLiteral("unit"),
                 tr("unknown unit \"%1\" (expected %2)")
                     .arg(unitText, Term::csvNames<Term::Unit>().join(QStringLiteral(", "))));
        const auto knownPeriod = periods.constFind(periodCode);
        if (knownPeriod != periods.constEnd()) {
            o.period = *knownPeriod;
        } else {
            o.period = Period::parse(periodCode);
            if (periods.size() < 4096)
                periods.insert(periodCode, o.period);
        }
        if (!o.period.isValid())
            fail(QStringLiteral("period"), tr("\"%1\" is not a valid period").arg(periodCode));
        else if (!o.period.isUnstated() &&
                 (o.period.end().year() > 2100 || o.period.end().year() < 1945))
            fail(QStringLiteral("period"),
                 tr("period \"%1\" is outside 1945–2100").arg(periodCode));
        if (!m_vocabulary.regionNames.contains(o.region))
            fail(QStringLiteral("region"), tr("unknown country or region \"%1\"").arg(o.region));
        if (valueText.isEmpty()) {
            fail(QStringLiteral("value"), tr("the value is missing"));
        } else if (valueText.startsWith(QLatin1Char('-'))) {
            fail(QStringLiteral("value"), tr("negative value \"%1\"").arg(valueText));
        } else if (!integer.match(valueText).hasMatch()) {
            fail(QStringLiteral("value"),
                 tr("\"%1\" is not a whole number in base units (persons or US dollars)")
                     .arg(valueText));
        } else {
            o.value = valueText.toLongLong();
        }
        const QString valueToText = t.get(r, QStringLiteral("value_to"));
        if (!valueToText.isEmpty()) {
            if (!integer.match(valueToText).hasMatch())
                fail(QStringLiteral("value_to"),
                     tr("\"%1\" is not a whole number in base units (persons or US dollars)")
                         .arg(valueToText));
            else if (valueToText.toLongLong() <= o.value)
                fail(QStringLiteral("value_to"),
                     tr("the upper end of the range (%1) must be greater than the value (%2)")
                         .arg(valueToText, valueText));
            else
                o.valueTo = valueToText.toLongLong();
        }
        if (!qualifier)
            fail(QStringLiteral("qualifier"), tr("unknown qualifier \"%1\"").arg(qualifierText));
        if (!status)
            fail(QStringLiteral("status"), tr("unknown status \"%1\"").arg(statusText));
        if (!o.compiler.isEmpty() && !Vocabulary::compilers().contains(o.compiler))
            fail(QStringLiteral("compiler"),
                 tr("unknown compiler \"%1\" (known: %2)")
                     .arg(o.compiler, Vocabulary::compilers().join(QStringLiteral(", "))));
        else if (o.compiler.isEmpty() && dataset == Term::Dataset::Trade)
            fail(QStringLiteral("compiler"),
                 tr("a trade figure needs its compiler (%1)")
                     .arg(Vocabulary::compilers().join(QStringLiteral(", "))));
        if (status == Term::Status::Derived) {
            DerivedFormula formula;
            QString error;
            if (o.derivedFrom.isEmpty()) {
                fail(QStringLiteral("derived_from"),
                     tr("a derived figure needs the formula it was derived by"));
            } else if (!formula.parse(o.derivedFrom, &error)) {
                fail(QStringLiteral("derived_from"), error);
            } else {
                for (const DerivedFormula::Term& term : std::as_const(formula.terms))
                    if (!m_vocabulary.hasSeries(datasetText, term.series))
                        fail(QStringLiteral("derived_from"),
                             tr("unknown series \"%1\" for dataset %2")
                                 .arg(term.series, datasetText));
            }
        } else if (!o.derivedFrom.isEmpty()) {
            fail(QStringLiteral("derived_from"), tr("only a derived figure names a formula"));
        }
        if (o.sourceId.isEmpty())
            fail(QStringLiteral("source_id"), tr("the figure has no source"));
        else if (!knownSources.contains(o.sourceId))
            fail(QStringLiteral("source_id"), tr("unknown source \"%1\"").arg(o.sourceId));
        if (ok) {
            const size_t hash = qHashMulti(seed, FigureKey::of(o), int(o.status));
            for (auto it = seen.constFind(hash); it != seen.constEnd() && it.key() == hash; ++it) {
                if (sameFigure(out.at(*it), o)) {
                    addIssue(fileName, line, 0, tr("duplicate of line %1").arg(out.at(*it).line));
                    ok = false;
                    break;
                }
            }
            if (ok)
                seen.insert(hash, out.size());
        }
        if (ok)
            out.append(std::move(o));
    }
    return out;
}

QList<TimelineEvent> DatasetReader::readEvents(const QByteArray& csv, const QString& fileName,
                                               const QSet<QString>& knownSources)
{
    QList<TimelineEvent> out;
    Table t;
    if (!readTable(csv, fileName, eventColumns(), &t))
        return out;
    for (qsizetype r = 1; r < t.end(); ++r) {
        const int line = t.line(r);
        TimelineEvent e;
        e.id = t.get(r, QStringLiteral("id"));
        e.period = Period::parse(t.get(r, QStringLiteral("period")));
        e.textEn = t.get(r, QStringLiteral("text_en"));
        e.textKo = t.get(r, QStringLiteral("text_ko"));
        e.sourceId = t.get(r, QStringLiteral("source_id"));
        e.locator = t.get(r, QStringLiteral("locator"));
        e.figures = t.get(r, QStringLiteral("figures")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        e.note = t.get(r, QStringLiteral("note"));
        e.noteKo = t.get(r, QStringLiteral("note_ko"));
        e.locatorKo = t.get(r, QStringLiteral("locator_ko"));
        bool ok = true;
        if (!e.period.isValid()) {
            addIssue(fileName, line, t.col(QStringLiteral("period")),
                     tr("\"%1\" is not a valid period").arg(t.get(r, QStringLiteral("period"))));
            ok = false;
        }
        if (!knownSources.contains(e.sourceId)) {
            addIssue(fileName, line, t.col(QStringLiteral("source_id")),
                     tr("unknown source \"%1\"").arg(e.sourceId));
            ok = false;
        }
        if (e.textEn.isEmpty() || e.textKo.isEmpty()) {
            addIssue(fileName, line, 0, tr("an event needs both an English and a Korean text"));
            ok = false;
        }
        if (ok)
            out.append(e);
    }
    return out;
}
