// SPDX-License-Identifier: GPL-3.0-or-later
// crossings-gui: the window and every command, the drawing ones (export, verify) included.
#include "application.h"

int main(int argc, char* argv[])
{
    return Application::exec(argc, argv);
}
