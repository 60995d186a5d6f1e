git push https://c49e46bbac63a3b7fe3cee4bef39c512500e6c62@codeberg.org/jdoe/app.git main
