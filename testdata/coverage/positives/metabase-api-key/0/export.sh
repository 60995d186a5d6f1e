curl -H 'x-api-key: mb_njh8MtfDrN+sxoBPV5PDNy38aEeZ9DcHjyG+HQzzlMs=' https://bi.example.com/api/card
