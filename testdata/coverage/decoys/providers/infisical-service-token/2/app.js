const st = list.filter(x => x);
const y = st.a1b2;
