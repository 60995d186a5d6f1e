const pipedriveToken = "fe352767a6522922b38e1de3673d16b1ccea79b5";
