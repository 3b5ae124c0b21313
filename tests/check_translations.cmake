# Fails when translations/crossings_ko.ts is out of date with the sources (lupdate would change
# it: new, changed or obsolete strings) or has unfinished entries.
# Usage: cmake -DLUPDATE=… -DSOURCES_FILE=… -DTS=… -DWORK=… [-DINCLUDE_DIR=…] -P check_translations.cmake
# INCLUDE_DIR: where lupdate resolves includes (models/: "storage/store.h"), as the
# update_translations target does (with crossings_app's include directories).
file(STRINGS "${SOURCES_FILE}" sources)
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
file(COPY_FILE "${TS}" "${copy}")
set(include_options)
if(INCLUDE_DIR)
    set(include_options -I "${INCLUDE_DIR}")
endif()
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${include_options}
                        ${sources} -ts "${copy}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${TS}" committed)
file(READ "${copy}" updated)
if(NOT committed STREQUAL updated)
    execute_process(COMMAND diff -u "${TS}" "${copy}" OUTPUT_VARIABLE d)
    message(FATAL_ERROR "${name} is out of date with the sources: run "
        "'cmake --build build --target update_translations' and translate. Difference:\n${d}")
endif()
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${committed}")
list(LENGTH unfinished n)
if(n GREATER 0)
    message(FATAL_ERROR "${name} has ${n} unfinished entries")
endif()
string(REGEX MATCHALL "<message" messages "${committed}")
list(LENGTH messages total)
if(total LESS 50)
    message(FATAL_ERROR "${name} has only ${total} messages: lupdate did not see the sources?")
endif()
message(STATUS "${name}: ${total} messages, all translated, up to date")
