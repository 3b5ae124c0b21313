// SPDX-License-Identifier: GPL-3.0-or-later
// crossings-cli: the command line on Qt Core and Sql (CliProgram).
#include "cliprogram.h"

int main(int argc, char* argv[])
{
    return CliProgram::exec(argc, argv);
}
